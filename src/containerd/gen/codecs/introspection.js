/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number;

const $root = $protobuf.roots["podctl_introspection"] || ($protobuf.roots["podctl_introspection"] = {});

export const containerd = $root.containerd = (() => {

    const containerd = {};

    containerd.services = (function() {

        const services = {};

        services.introspection = (function() {

            const introspection = {};

            introspection.v1 = (function() {

                const v1 = {};

                v1.Plugin = (function() {

                    const Plugin = function (properties) {
                        this.requires = [];
                        this.platforms = [];
                        this.exports = {};
                        this.capabilities = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Plugin.prototype.type = "";
                    Plugin.prototype.id = "";
                    Plugin.prototype.requires = $util.emptyArray;
                    Plugin.prototype.platforms = $util.emptyArray;
                    Plugin.prototype.exports = $util.emptyObject;
                    Plugin.prototype.capabilities = $util.emptyArray;
                    Plugin.prototype.initErr = null;

                    Plugin.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                            writer.uint32(10).string(message.type);
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                            writer.uint32(18).string(message.id);
                        if (message.requires != null && message.requires.length)
                            for (let i = 0; i < message.requires.length; ++i)
                                writer.uint32(26).string(message.requires[i]);
                        if (message.platforms != null && message.platforms.length)
                            for (let i = 0; i < message.platforms.length; ++i)
                                $root.containerd.types.Platform.encode(message.platforms[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                        if (message.exports != null && $Object.hasOwnProperty.call(message, "exports"))
                            for (let keys = $Object.keys(message.exports), i = 0; i < keys.length; ++i)
                                writer.uint32(42).fork().uint32(10).string(keys[i]).uint32(18).string(message.exports[keys[i]]).ldelim();
                        if (message.capabilities != null && message.capabilities.length)
                            for (let i = 0; i < message.capabilities.length; ++i)
                                writer.uint32(50).string(message.capabilities[i]);
                        if (message.initErr != null && $Object.hasOwnProperty.call(message, "initErr"))
                            $root.google.rpc.Status.encode(message.initErr, writer.uint32(58).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Plugin.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.containerd.services.introspection.v1.Plugin();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.type = value;
                                    else
                                        delete message.type;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.id = value;
                                    else
                                        delete message.id;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.requires && message.requires.length))
                                        message.requires = [];
                                    message.requires.push(reader.stringVerify());
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.platforms && message.platforms.length))
                                        message.platforms = [];
                                    message.platforms.push($root.containerd.types.Platform.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.exports === $util.emptyObject)
                                        message.exports = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.stringVerify();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.exports, key);
                                    message.exports[key] = value;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.capabilities && message.capabilities.length))
                                        message.capabilities = [];
                                    message.capabilities.push(reader.stringVerify());
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    message.initErr = $root.google.rpc.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.initErr);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Plugin.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.introspection.v1.Plugin)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.introspection.v1.Plugin: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.introspection.v1.Plugin();
                        if (object.type != null)
                            if (typeof object.type !== "string" || object.type.length)
                                message.type = $String(object.type);
                        if (object.id != null)
                            if (typeof object.id !== "string" || object.id.length)
                                message.id = $String(object.id);
                        if (object.requires) {
                            if (!$Array.isArray(object.requires))
                                throw $TypeError(".containerd.services.introspection.v1.Plugin.requires: array expected");
                            message.requires = $Array(object.requires.length);
                            for (let i = 0; i < object.requires.length; ++i)
                                message.requires[i] = $String(object.requires[i]);
                        }
                        if (object.platforms) {
                            if (!$Array.isArray(object.platforms))
                                throw $TypeError(".containerd.services.introspection.v1.Plugin.platforms: array expected");
                            message.platforms = $Array(object.platforms.length);
                            for (let i = 0; i < object.platforms.length; ++i) {
                                if (!$util.isObject(object.platforms[i]))
                                    throw $TypeError(".containerd.services.introspection.v1.Plugin.platforms: object expected");
                                message.platforms[i] = $root.containerd.types.Platform.fromObject(object.platforms[i], _depth + 1);
                            }
                        }
                        if (object.exports) {
                            if (!$util.isObject(object.exports))
                                throw $TypeError(".containerd.services.introspection.v1.Plugin.exports: object expected");
                            message.exports = {};
                            for (let keys = $Object.keys(object.exports), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.exports, keys[i]);
                                message.exports[keys[i]] = $String(object.exports[keys[i]]);
                            }
                        }
                        if (object.capabilities) {
                            if (!$Array.isArray(object.capabilities))
                                throw $TypeError(".containerd.services.introspection.v1.Plugin.capabilities: array expected");
                            message.capabilities = $Array(object.capabilities.length);
                            for (let i = 0; i < object.capabilities.length; ++i)
                                message.capabilities[i] = $String(object.capabilities[i]);
                        }
                        if (object.initErr != null) {
                            if (!$util.isObject(object.initErr))
                                throw $TypeError(".containerd.services.introspection.v1.Plugin.initErr: object expected");
                            message.initErr = $root.google.rpc.Status.fromObject(object.initErr, _depth + 1);
                        }
                        return message;
                    };

                    Plugin.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.requires = [];
                            object.platforms = [];
                            object.capabilities = [];
                        }
                        if (options.objects || options.defaults)
                            object.exports = {};
                        if (options.defaults) {
                            object.type = "";
                            object.id = "";
                            object.initErr = null;
                        }
                        if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                            object.type = message.type;
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            object.id = message.id;
                        if (message.requires && message.requires.length) {
                            object.requires = $Array(message.requires.length);
                            for (let j = 0; j < message.requires.length; ++j)
                                object.requires[j] = message.requires[j];
                        }
                        if (message.platforms && message.platforms.length) {
                            object.platforms = $Array(message.platforms.length);
                            for (let j = 0; j < message.platforms.length; ++j)
                                object.platforms[j] = $root.containerd.types.Platform.toObject(message.platforms[j], options, _depth + 1);
                        }
                        let keys2;
                        if (message.exports && (keys2 = $Object.keys(message.exports)).length) {
                            object.exports = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.exports, keys2[j]);
                                object.exports[keys2[j]] = message.exports[keys2[j]];
                            }
                        }
                        if (message.capabilities && message.capabilities.length) {
                            object.capabilities = $Array(message.capabilities.length);
                            for (let j = 0; j < message.capabilities.length; ++j)
                                object.capabilities[j] = message.capabilities[j];
                        }
                        if (message.initErr != null && $Object.hasOwnProperty.call(message, "initErr"))
                            object.initErr = $root.google.rpc.Status.toObject(message.initErr, options, _depth + 1);
                        return object;
                    };

                    Plugin.prototype.toJSON = function() {
                        return Plugin.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Plugin;
                })();

                v1.PluginsRequest = (function() {

                    const PluginsRequest = function (properties) {
                        this.filters = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PluginsRequest.prototype.filters = $util.emptyArray;

                    PluginsRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.filters != null && message.filters.length)
                            for (let i = 0; i < message.filters.length; ++i)
                                writer.uint32(10).string(message.filters[i]);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PluginsRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.containerd.services.introspection.v1.PluginsRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.filters && message.filters.length))
                                        message.filters = [];
                                    message.filters.push(reader.stringVerify());
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    PluginsRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.introspection.v1.PluginsRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.introspection.v1.PluginsRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.introspection.v1.PluginsRequest();
                        if (object.filters) {
                            if (!$Array.isArray(object.filters))
                                throw $TypeError(".containerd.services.introspection.v1.PluginsRequest.filters: array expected");
                            message.filters = $Array(object.filters.length);
                            for (let i = 0; i < object.filters.length; ++i)
                                message.filters[i] = $String(object.filters[i]);
                        }
                        return message;
                    };

                    PluginsRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.filters = [];
                        if (message.filters && message.filters.length) {
                            object.filters = $Array(message.filters.length);
                            for (let j = 0; j < message.filters.length; ++j)
                                object.filters[j] = message.filters[j];
                        }
                        return object;
                    };

                    PluginsRequest.prototype.toJSON = function() {
                        return PluginsRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return PluginsRequest;
                })();

                v1.PluginsResponse = (function() {

                    const PluginsResponse = function (properties) {
                        this.plugins = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PluginsResponse.prototype.plugins = $util.emptyArray;

                    PluginsResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.plugins != null && message.plugins.length)
                            for (let i = 0; i < message.plugins.length; ++i)
                                $root.containerd.services.introspection.v1.Plugin.encode(message.plugins[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PluginsResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.containerd.services.introspection.v1.PluginsResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.plugins && message.plugins.length))
                                        message.plugins = [];
                                    message.plugins.push($root.containerd.services.introspection.v1.Plugin.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    PluginsResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.introspection.v1.PluginsResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.introspection.v1.PluginsResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.introspection.v1.PluginsResponse();
                        if (object.plugins) {
                            if (!$Array.isArray(object.plugins))
                                throw $TypeError(".containerd.services.introspection.v1.PluginsResponse.plugins: array expected");
                            message.plugins = $Array(object.plugins.length);
                            for (let i = 0; i < object.plugins.length; ++i) {
                                if (!$util.isObject(object.plugins[i]))
                                    throw $TypeError(".containerd.services.introspection.v1.PluginsResponse.plugins: object expected");
                                message.plugins[i] = $root.containerd.services.introspection.v1.Plugin.fromObject(object.plugins[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    PluginsResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.plugins = [];
                        if (message.plugins && message.plugins.length) {
                            object.plugins = $Array(message.plugins.length);
                            for (let j = 0; j < message.plugins.length; ++j)
                                object.plugins[j] = $root.containerd.services.introspection.v1.Plugin.toObject(message.plugins[j], options, _depth + 1);
                        }
                        return object;
                    };

                    PluginsResponse.prototype.toJSON = function() {
                        return PluginsResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return PluginsResponse;
                })();

                v1.ServerResponse = (function() {

                    const ServerResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ServerResponse.prototype.uuid = "";

                    ServerResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                            writer.uint32(10).string(message.uuid);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ServerResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.containerd.services.introspection.v1.ServerResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.uuid = value;
                                    else
                                        delete message.uuid;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ServerResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.introspection.v1.ServerResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.introspection.v1.ServerResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.introspection.v1.ServerResponse();
                        if (object.uuid != null)
                            if (typeof object.uuid !== "string" || object.uuid.length)
                                message.uuid = $String(object.uuid);
                        return message;
                    };

                    ServerResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.uuid = "";
                        if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                            object.uuid = message.uuid;
                        return object;
                    };

                    ServerResponse.prototype.toJSON = function() {
                        return ServerResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ServerResponse;
                })();

                return v1;
            })();

            return introspection;
        })();

        return services;
    })();

    containerd.types = (function() {

        const types = {};

        types.Platform = (function() {

            const Platform = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Platform.prototype.os = "";
            Platform.prototype.architecture = "";
            Platform.prototype.variant = "";

            Platform.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.os != null && $Object.hasOwnProperty.call(message, "os") && message.os !== "")
                    writer.uint32(10).string(message.os);
                if (message.architecture != null && $Object.hasOwnProperty.call(message, "architecture") && message.architecture !== "")
                    writer.uint32(18).string(message.architecture);
                if (message.variant != null && $Object.hasOwnProperty.call(message, "variant") && message.variant !== "")
                    writer.uint32(26).string(message.variant);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Platform.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.types.Platform();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.os = value;
                            else
                                delete message.os;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.architecture = value;
                            else
                                delete message.architecture;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.variant = value;
                            else
                                delete message.variant;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Platform.fromObject = function (object, _depth) {
                if (object instanceof $root.containerd.types.Platform)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".containerd.types.Platform: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.containerd.types.Platform();
                if (object.os != null)
                    if (typeof object.os !== "string" || object.os.length)
                        message.os = $String(object.os);
                if (object.architecture != null)
                    if (typeof object.architecture !== "string" || object.architecture.length)
                        message.architecture = $String(object.architecture);
                if (object.variant != null)
                    if (typeof object.variant !== "string" || object.variant.length)
                        message.variant = $String(object.variant);
                return message;
            };

            Platform.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.os = "";
                    object.architecture = "";
                    object.variant = "";
                }
                if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                    object.os = message.os;
                if (message.architecture != null && $Object.hasOwnProperty.call(message, "architecture"))
                    object.architecture = message.architecture;
                if (message.variant != null && $Object.hasOwnProperty.call(message, "variant"))
                    object.variant = message.variant;
                return object;
            };

            Platform.prototype.toJSON = function() {
                return Platform.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Platform;
        })();

        return types;
    })();

    return containerd;
})();

export const google = $root.google = (() => {

    const google = {};

    google.protobuf = (function() {

        const protobuf = {};

        protobuf.Any = (function() {

            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Any.prototype.value = $util.newBuffer([]);
            Any.prototype.typeUrl = "";

            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeUrl != null && $Object.hasOwnProperty.call(message, "typeUrl") && message.typeUrl !== "")
                    writer.uint32(10).string(message.typeUrl);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Any.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeUrl = value;
                            else
                                delete message.typeUrl;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Any.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Any)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Any: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Any();
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                if (object.typeUrl != null)
                    if (typeof object.typeUrl !== "string" || object.typeUrl.length)
                        message.typeUrl = $String(object.typeUrl);
                return message;
            };

            Any.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.typeUrl = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.typeUrl != null && $Object.hasOwnProperty.call(message, "typeUrl"))
                    object.typeUrl = message.typeUrl;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            Any.prototype.toJSON = function() {
                return Any.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Any;
        })();

        protobuf.Empty = (function() {

            const Empty = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Empty.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Empty.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Empty();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Empty.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Empty)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Empty: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.google.protobuf.Empty();
            };

            Empty.toObject = function () {
                return {};
            };

            Empty.prototype.toJSON = function() {
                return Empty.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Empty;
        })();

        return protobuf;
    })();

    google.rpc = (function() {

        const rpc = {};

        rpc.Status = (function() {

            const Status = function (properties) {
                this.details = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Status.prototype.code = 0;
            Status.prototype.message = "";
            Status.prototype.details = $util.emptyArray;

            Status.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.details != null && message.details.length)
                    for (let i = 0; i < message.details.length; ++i)
                        $root.google.protobuf.Any.encode(message.details[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Status.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.rpc.Status();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.details && message.details.length))
                                message.details = [];
                            message.details.push($root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Status.fromObject = function (object, _depth) {
                if (object instanceof $root.google.rpc.Status)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.rpc.Status: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.rpc.Status();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code | 0;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.details) {
                    if (!$Array.isArray(object.details))
                        throw $TypeError(".google.rpc.Status.details: array expected");
                    message.details = $Array(object.details.length);
                    for (let i = 0; i < object.details.length; ++i) {
                        if (!$util.isObject(object.details[i]))
                            throw $TypeError(".google.rpc.Status.details: object expected");
                        message.details[i] = $root.google.protobuf.Any.fromObject(object.details[i], _depth + 1);
                    }
                }
                return message;
            };

            Status.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.details = [];
                if (options.defaults) {
                    object.code = 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.details && message.details.length) {
                    object.details = $Array(message.details.length);
                    for (let j = 0; j < message.details.length; ++j)
                        object.details[j] = $root.google.protobuf.Any.toObject(message.details[j], options, _depth + 1);
                }
                return object;
            };

            Status.prototype.toJSON = function() {
                return Status.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Status;
        })();

        return rpc;
    })();

    return google;
})();

export {
  $root as default
};

export const methods = {"Plugins":["containerd.services.introspection.v1.PluginsRequest","containerd.services.introspection.v1.PluginsResponse"],"Server":["google.protobuf.Empty","containerd.services.introspection.v1.ServerResponse"]};
