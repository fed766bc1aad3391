/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["podctl_containers"] || ($protobuf.roots["podctl_containers"] = {});

export const containerd = $root.containerd = (() => {

    const containerd = {};

    containerd.services = (function() {

        const services = {};

        services.containers = (function() {

            const containers = {};

            containers.v1 = (function() {

                const v1 = {};

                v1.Container = (function() {

                    const Container = function (properties) {
                        this.labels = {};
                        this.extensions = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Container.prototype.id = "";
                    Container.prototype.labels = $util.emptyObject;
                    Container.prototype.image = "";
                    Container.prototype.runtime = null;
                    Container.prototype.spec = null;
                    Container.prototype.snapshotter = "";
                    Container.prototype.snapshotKey = "";
                    Container.prototype.createdAt = null;
                    Container.prototype.updatedAt = null;
                    Container.prototype.extensions = $util.emptyObject;

                    Container.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                            writer.uint32(10).string(message.id);
                        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                        if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image !== "")
                            writer.uint32(26).string(message.image);
                        if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime"))
                            $root.containerd.services.containers.v1.Container.Runtime.encode(message.runtime, writer.uint32(34).fork(), _depth + 1).ldelim();
                        if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                            $root.google.protobuf.Any.encode(message.spec, writer.uint32(42).fork(), _depth + 1).ldelim();
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter") && message.snapshotter !== "")
                            writer.uint32(50).string(message.snapshotter);
                        if (message.snapshotKey != null && $Object.hasOwnProperty.call(message, "snapshotKey") && message.snapshotKey !== "")
                            writer.uint32(58).string(message.snapshotKey);
                        if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                            $root.google.protobuf.Timestamp.encode(message.createdAt, writer.uint32(66).fork(), _depth + 1).ldelim();
                        if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                            $root.google.protobuf.Timestamp.encode(message.updatedAt, writer.uint32(74).fork(), _depth + 1).ldelim();
                        if (message.extensions != null && $Object.hasOwnProperty.call(message, "extensions"))
                            for (let keys = $Object.keys(message.extensions), i = 0; i < keys.length; ++i) {
                                writer.uint32(82).fork().uint32(10).string(keys[i]);
                                $root.google.protobuf.Any.encode(message.extensions[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                            }
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Container.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.containers.v1.Container();
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
                                        message.id = value;
                                    else
                                        delete message.id;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
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
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.image = value;
                                    else
                                        delete message.image;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.runtime = $root.containerd.services.containers.v1.Container.Runtime.decode(reader, reader.size(), $undefined, _depth + 1, message.runtime);
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.spec = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.snapshotter = value;
                                    else
                                        delete message.snapshotter;
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.snapshotKey = value;
                                    else
                                        delete message.snapshotKey;
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    message.createdAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.createdAt);
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 2)
                                        break;
                                    message.updatedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.updatedAt);
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.extensions === $util.emptyObject)
                                        message.extensions = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = null;
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
                                            value = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.extensions, key);
                                    message.extensions[key] = value || new $root.google.protobuf.Any();
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

                    Container.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.containers.v1.Container)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.containers.v1.Container: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.containers.v1.Container();
                        if (object.id != null)
                            if (typeof object.id !== "string" || object.id.length)
                                message.id = $String(object.id);
                        if (object.labels) {
                            if (!$util.isObject(object.labels))
                                throw $TypeError(".containerd.services.containers.v1.Container.labels: object expected");
                            message.labels = {};
                            for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.labels, keys[i]);
                                message.labels[keys[i]] = $String(object.labels[keys[i]]);
                            }
                        }
                        if (object.image != null)
                            if (typeof object.image !== "string" || object.image.length)
                                message.image = $String(object.image);
                        if (object.runtime != null) {
                            if (!$util.isObject(object.runtime))
                                throw $TypeError(".containerd.services.containers.v1.Container.runtime: object expected");
                            message.runtime = $root.containerd.services.containers.v1.Container.Runtime.fromObject(object.runtime, _depth + 1);
                        }
                        if (object.spec != null) {
                            if (!$util.isObject(object.spec))
                                throw $TypeError(".containerd.services.containers.v1.Container.spec: object expected");
                            message.spec = $root.google.protobuf.Any.fromObject(object.spec, _depth + 1);
                        }
                        if (object.snapshotter != null)
                            if (typeof object.snapshotter !== "string" || object.snapshotter.length)
                                message.snapshotter = $String(object.snapshotter);
                        if (object.snapshotKey != null)
                            if (typeof object.snapshotKey !== "string" || object.snapshotKey.length)
                                message.snapshotKey = $String(object.snapshotKey);
                        if (object.createdAt != null) {
                            if (!$util.isObject(object.createdAt))
                                throw $TypeError(".containerd.services.containers.v1.Container.createdAt: object expected");
                            message.createdAt = $root.google.protobuf.Timestamp.fromObject(object.createdAt, _depth + 1);
                        }
                        if (object.updatedAt != null) {
                            if (!$util.isObject(object.updatedAt))
                                throw $TypeError(".containerd.services.containers.v1.Container.updatedAt: object expected");
                            message.updatedAt = $root.google.protobuf.Timestamp.fromObject(object.updatedAt, _depth + 1);
                        }
                        if (object.extensions) {
                            if (!$util.isObject(object.extensions))
                                throw $TypeError(".containerd.services.containers.v1.Container.extensions: object expected");
                            message.extensions = {};
                            for (let keys = $Object.keys(object.extensions), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.extensions, keys[i]);
                                if (!$util.isObject(object.extensions[keys[i]]))
                                    throw $TypeError(".containerd.services.containers.v1.Container.extensions: object expected");
                                message.extensions[keys[i]] = $root.google.protobuf.Any.fromObject(object.extensions[keys[i]], _depth + 1);
                            }
                        }
                        return message;
                    };

                    Container.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.objects || options.defaults) {
                            object.labels = {};
                            object.extensions = {};
                        }
                        if (options.defaults) {
                            object.id = "";
                            object.image = "";
                            object.runtime = null;
                            object.spec = null;
                            object.snapshotter = "";
                            object.snapshotKey = "";
                            object.createdAt = null;
                            object.updatedAt = null;
                        }
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            object.id = message.id;
                        let keys2;
                        if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                            object.labels = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.labels, keys2[j]);
                                object.labels[keys2[j]] = message.labels[keys2[j]];
                            }
                        }
                        if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                            object.image = message.image;
                        if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime"))
                            object.runtime = $root.containerd.services.containers.v1.Container.Runtime.toObject(message.runtime, options, _depth + 1);
                        if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                            object.spec = $root.google.protobuf.Any.toObject(message.spec, options, _depth + 1);
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter"))
                            object.snapshotter = message.snapshotter;
                        if (message.snapshotKey != null && $Object.hasOwnProperty.call(message, "snapshotKey"))
                            object.snapshotKey = message.snapshotKey;
                        if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                            object.createdAt = $root.google.protobuf.Timestamp.toObject(message.createdAt, options, _depth + 1);
                        if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                            object.updatedAt = $root.google.protobuf.Timestamp.toObject(message.updatedAt, options, _depth + 1);
                        if (message.extensions && (keys2 = $Object.keys(message.extensions)).length) {
                            object.extensions = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.extensions, keys2[j]);
                                object.extensions[keys2[j]] = $root.google.protobuf.Any.toObject(message.extensions[keys2[j]], options, _depth + 1);
                            }
                        }
                        return object;
                    };

                    Container.prototype.toJSON = function() {
                        return Container.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Container.Runtime = (function() {

                        const Runtime = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        Runtime.prototype.name = "";
                        Runtime.prototype.options = null;

                        Runtime.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                                writer.uint32(10).string(message.name);
                            if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                                $root.google.protobuf.Any.encode(message.options, writer.uint32(18).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        Runtime.decode = function (reader, length, _end, _depth, _target) {
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
                            message = _target || new $root.containerd.services.containers.v1.Container.Runtime();
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
                                            message.name = value;
                                        else
                                            delete message.name;
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 2)
                                            break;
                                        message.options = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
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

                        Runtime.fromObject = function (object, _depth) {
                            if (object instanceof $root.containerd.services.containers.v1.Container.Runtime)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".containerd.services.containers.v1.Container.Runtime: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.containerd.services.containers.v1.Container.Runtime();
                            if (object.name != null)
                                if (typeof object.name !== "string" || object.name.length)
                                    message.name = $String(object.name);
                            if (object.options != null) {
                                if (!$util.isObject(object.options))
                                    throw $TypeError(".containerd.services.containers.v1.Container.Runtime.options: object expected");
                                message.options = $root.google.protobuf.Any.fromObject(object.options, _depth + 1);
                            }
                            return message;
                        };

                        Runtime.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.defaults) {
                                object.name = "";
                                object.options = null;
                            }
                            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                                object.name = message.name;
                            if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                                object.options = $root.google.protobuf.Any.toObject(message.options, options, _depth + 1);
                            return object;
                        };

                        Runtime.prototype.toJSON = function() {
                            return Runtime.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        return Runtime;
                    })();

                    return Container;
                })();

                v1.CreateContainerRequest = (function() {

                    const CreateContainerRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CreateContainerRequest.prototype.container = null;

                    CreateContainerRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            $root.containerd.services.containers.v1.Container.encode(message.container, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CreateContainerRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.containers.v1.CreateContainerRequest();
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
                                    message.container = $root.containerd.services.containers.v1.Container.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
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

                    CreateContainerRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.containers.v1.CreateContainerRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.containers.v1.CreateContainerRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.containers.v1.CreateContainerRequest();
                        if (object.container != null) {
                            if (!$util.isObject(object.container))
                                throw $TypeError(".containerd.services.containers.v1.CreateContainerRequest.container: object expected");
                            message.container = $root.containerd.services.containers.v1.Container.fromObject(object.container, _depth + 1);
                        }
                        return message;
                    };

                    CreateContainerRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.container = null;
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            object.container = $root.containerd.services.containers.v1.Container.toObject(message.container, options, _depth + 1);
                        return object;
                    };

                    CreateContainerRequest.prototype.toJSON = function() {
                        return CreateContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CreateContainerRequest;
                })();

                v1.CreateContainerResponse = (function() {

                    const CreateContainerResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CreateContainerResponse.prototype.container = null;

                    CreateContainerResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            $root.containerd.services.containers.v1.Container.encode(message.container, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CreateContainerResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.containers.v1.CreateContainerResponse();
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
                                    message.container = $root.containerd.services.containers.v1.Container.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
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

                    CreateContainerResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.containers.v1.CreateContainerResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.containers.v1.CreateContainerResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.containers.v1.CreateContainerResponse();
                        if (object.container != null) {
                            if (!$util.isObject(object.container))
                                throw $TypeError(".containerd.services.containers.v1.CreateContainerResponse.container: object expected");
                            message.container = $root.containerd.services.containers.v1.Container.fromObject(object.container, _depth + 1);
                        }
                        return message;
                    };

                    CreateContainerResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.container = null;
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            object.container = $root.containerd.services.containers.v1.Container.toObject(message.container, options, _depth + 1);
                        return object;
                    };

                    CreateContainerResponse.prototype.toJSON = function() {
                        return CreateContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CreateContainerResponse;
                })();

                v1.DeleteContainerRequest = (function() {

                    const DeleteContainerRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    DeleteContainerRequest.prototype.id = "";

                    DeleteContainerRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                            writer.uint32(10).string(message.id);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    DeleteContainerRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.containers.v1.DeleteContainerRequest();
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
                                        message.id = value;
                                    else
                                        delete message.id;
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

                    DeleteContainerRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.containers.v1.DeleteContainerRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.containers.v1.DeleteContainerRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.containers.v1.DeleteContainerRequest();
                        if (object.id != null)
                            if (typeof object.id !== "string" || object.id.length)
                                message.id = $String(object.id);
                        return message;
                    };

                    DeleteContainerRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.id = "";
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            object.id = message.id;
                        return object;
                    };

                    DeleteContainerRequest.prototype.toJSON = function() {
                        return DeleteContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return DeleteContainerRequest;
                })();

                v1.GetContainerRequest = (function() {

                    const GetContainerRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    GetContainerRequest.prototype.id = "";

                    GetContainerRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                            writer.uint32(10).string(message.id);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    GetContainerRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.containers.v1.GetContainerRequest();
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
                                        message.id = value;
                                    else
                                        delete message.id;
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

                    GetContainerRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.containers.v1.GetContainerRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.containers.v1.GetContainerRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.containers.v1.GetContainerRequest();
                        if (object.id != null)
                            if (typeof object.id !== "string" || object.id.length)
                                message.id = $String(object.id);
                        return message;
                    };

                    GetContainerRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.id = "";
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            object.id = message.id;
                        return object;
                    };

                    GetContainerRequest.prototype.toJSON = function() {
                        return GetContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return GetContainerRequest;
                })();

                v1.GetContainerResponse = (function() {

                    const GetContainerResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    GetContainerResponse.prototype.container = null;

                    GetContainerResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            $root.containerd.services.containers.v1.Container.encode(message.container, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    GetContainerResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.containers.v1.GetContainerResponse();
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
                                    message.container = $root.containerd.services.containers.v1.Container.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
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

                    GetContainerResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.containers.v1.GetContainerResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.containers.v1.GetContainerResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.containers.v1.GetContainerResponse();
                        if (object.container != null) {
                            if (!$util.isObject(object.container))
                                throw $TypeError(".containerd.services.containers.v1.GetContainerResponse.container: object expected");
                            message.container = $root.containerd.services.containers.v1.Container.fromObject(object.container, _depth + 1);
                        }
                        return message;
                    };

                    GetContainerResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.container = null;
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            object.container = $root.containerd.services.containers.v1.Container.toObject(message.container, options, _depth + 1);
                        return object;
                    };

                    GetContainerResponse.prototype.toJSON = function() {
                        return GetContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return GetContainerResponse;
                })();

                v1.ListContainerMessage = (function() {

                    const ListContainerMessage = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListContainerMessage.prototype.container = null;

                    ListContainerMessage.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            $root.containerd.services.containers.v1.Container.encode(message.container, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ListContainerMessage.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.containers.v1.ListContainerMessage();
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
                                    message.container = $root.containerd.services.containers.v1.Container.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
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

                    ListContainerMessage.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.containers.v1.ListContainerMessage)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.containers.v1.ListContainerMessage: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.containers.v1.ListContainerMessage();
                        if (object.container != null) {
                            if (!$util.isObject(object.container))
                                throw $TypeError(".containerd.services.containers.v1.ListContainerMessage.container: object expected");
                            message.container = $root.containerd.services.containers.v1.Container.fromObject(object.container, _depth + 1);
                        }
                        return message;
                    };

                    ListContainerMessage.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.container = null;
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            object.container = $root.containerd.services.containers.v1.Container.toObject(message.container, options, _depth + 1);
                        return object;
                    };

                    ListContainerMessage.prototype.toJSON = function() {
                        return ListContainerMessage.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListContainerMessage;
                })();

                v1.ListContainersRequest = (function() {

                    const ListContainersRequest = function (properties) {
                        this.filters = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListContainersRequest.prototype.filters = $util.emptyArray;

                    ListContainersRequest.encode = function (message, writer, _depth) {
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

                    ListContainersRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.containers.v1.ListContainersRequest();
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

                    ListContainersRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.containers.v1.ListContainersRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.containers.v1.ListContainersRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.containers.v1.ListContainersRequest();
                        if (object.filters) {
                            if (!$Array.isArray(object.filters))
                                throw $TypeError(".containerd.services.containers.v1.ListContainersRequest.filters: array expected");
                            message.filters = $Array(object.filters.length);
                            for (let i = 0; i < object.filters.length; ++i)
                                message.filters[i] = $String(object.filters[i]);
                        }
                        return message;
                    };

                    ListContainersRequest.toObject = function (message, options, _depth) {
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

                    ListContainersRequest.prototype.toJSON = function() {
                        return ListContainersRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListContainersRequest;
                })();

                v1.ListContainersResponse = (function() {

                    const ListContainersResponse = function (properties) {
                        this.containers = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListContainersResponse.prototype.containers = $util.emptyArray;

                    ListContainersResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containers != null && message.containers.length)
                            for (let i = 0; i < message.containers.length; ++i)
                                $root.containerd.services.containers.v1.Container.encode(message.containers[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ListContainersResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.containers.v1.ListContainersResponse();
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
                                    if (!(message.containers && message.containers.length))
                                        message.containers = [];
                                    message.containers.push($root.containerd.services.containers.v1.Container.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    ListContainersResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.containers.v1.ListContainersResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.containers.v1.ListContainersResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.containers.v1.ListContainersResponse();
                        if (object.containers) {
                            if (!$Array.isArray(object.containers))
                                throw $TypeError(".containerd.services.containers.v1.ListContainersResponse.containers: array expected");
                            message.containers = $Array(object.containers.length);
                            for (let i = 0; i < object.containers.length; ++i) {
                                if (!$util.isObject(object.containers[i]))
                                    throw $TypeError(".containerd.services.containers.v1.ListContainersResponse.containers: object expected");
                                message.containers[i] = $root.containerd.services.containers.v1.Container.fromObject(object.containers[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    ListContainersResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.containers = [];
                        if (message.containers && message.containers.length) {
                            object.containers = $Array(message.containers.length);
                            for (let j = 0; j < message.containers.length; ++j)
                                object.containers[j] = $root.containerd.services.containers.v1.Container.toObject(message.containers[j], options, _depth + 1);
                        }
                        return object;
                    };

                    ListContainersResponse.prototype.toJSON = function() {
                        return ListContainersResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListContainersResponse;
                })();

                v1.UpdateContainerRequest = (function() {

                    const UpdateContainerRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    UpdateContainerRequest.prototype.container = null;
                    UpdateContainerRequest.prototype.updateMask = null;

                    UpdateContainerRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            $root.containerd.services.containers.v1.Container.encode(message.container, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.updateMask != null && $Object.hasOwnProperty.call(message, "updateMask"))
                            $root.google.protobuf.FieldMask.encode(message.updateMask, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    UpdateContainerRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.containers.v1.UpdateContainerRequest();
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
                                    message.container = $root.containerd.services.containers.v1.Container.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.updateMask = $root.google.protobuf.FieldMask.decode(reader, reader.size(), $undefined, _depth + 1, message.updateMask);
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

                    UpdateContainerRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.containers.v1.UpdateContainerRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.containers.v1.UpdateContainerRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.containers.v1.UpdateContainerRequest();
                        if (object.container != null) {
                            if (!$util.isObject(object.container))
                                throw $TypeError(".containerd.services.containers.v1.UpdateContainerRequest.container: object expected");
                            message.container = $root.containerd.services.containers.v1.Container.fromObject(object.container, _depth + 1);
                        }
                        if (object.updateMask != null) {
                            if (!$util.isObject(object.updateMask))
                                throw $TypeError(".containerd.services.containers.v1.UpdateContainerRequest.updateMask: object expected");
                            message.updateMask = $root.google.protobuf.FieldMask.fromObject(object.updateMask, _depth + 1);
                        }
                        return message;
                    };

                    UpdateContainerRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.container = null;
                            object.updateMask = null;
                        }
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            object.container = $root.containerd.services.containers.v1.Container.toObject(message.container, options, _depth + 1);
                        if (message.updateMask != null && $Object.hasOwnProperty.call(message, "updateMask"))
                            object.updateMask = $root.google.protobuf.FieldMask.toObject(message.updateMask, options, _depth + 1);
                        return object;
                    };

                    UpdateContainerRequest.prototype.toJSON = function() {
                        return UpdateContainerRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return UpdateContainerRequest;
                })();

                v1.UpdateContainerResponse = (function() {

                    const UpdateContainerResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    UpdateContainerResponse.prototype.container = null;

                    UpdateContainerResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            $root.containerd.services.containers.v1.Container.encode(message.container, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    UpdateContainerResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.containers.v1.UpdateContainerResponse();
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
                                    message.container = $root.containerd.services.containers.v1.Container.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
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

                    UpdateContainerResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.containers.v1.UpdateContainerResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.containers.v1.UpdateContainerResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.containers.v1.UpdateContainerResponse();
                        if (object.container != null) {
                            if (!$util.isObject(object.container))
                                throw $TypeError(".containerd.services.containers.v1.UpdateContainerResponse.container: object expected");
                            message.container = $root.containerd.services.containers.v1.Container.fromObject(object.container, _depth + 1);
                        }
                        return message;
                    };

                    UpdateContainerResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.container = null;
                        if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                            object.container = $root.containerd.services.containers.v1.Container.toObject(message.container, options, _depth + 1);
                        return object;
                    };

                    UpdateContainerResponse.prototype.toJSON = function() {
                        return UpdateContainerResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return UpdateContainerResponse;
                })();

                return v1;
            })();

            return containers;
        })();

        return services;
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

        protobuf.FieldMask = (function() {

            const FieldMask = function (properties) {
                this.paths = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FieldMask.prototype.paths = $util.emptyArray;

            FieldMask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.paths != null && message.paths.length)
                    for (let i = 0; i < message.paths.length; ++i)
                        writer.uint32(10).string(message.paths[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FieldMask.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.FieldMask();
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
                            if (!(message.paths && message.paths.length))
                                message.paths = [];
                            message.paths.push(reader.stringVerify());
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

            FieldMask.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.FieldMask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.FieldMask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.FieldMask();
                if (object.paths) {
                    if (!$Array.isArray(object.paths))
                        throw $TypeError(".google.protobuf.FieldMask.paths: array expected");
                    message.paths = $Array(object.paths.length);
                    for (let i = 0; i < object.paths.length; ++i)
                        message.paths[i] = $String(object.paths[i]);
                }
                return message;
            };

            FieldMask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.paths = [];
                if (message.paths && message.paths.length) {
                    object.paths = $Array(message.paths.length);
                    for (let j = 0; j < message.paths.length; ++j)
                        object.paths[j] = message.paths[j];
                }
                return object;
            };

            FieldMask.prototype.toJSON = function() {
                return FieldMask.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FieldMask;
        })();

        protobuf.Timestamp = (function() {

            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Timestamp.prototype.nanos = 0;

            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Timestamp.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Timestamp();
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
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
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

            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};

export const methods = {"Get":["containerd.services.containers.v1.GetContainerRequest","containerd.services.containers.v1.GetContainerResponse"],"List":["containerd.services.containers.v1.ListContainersRequest","containerd.services.containers.v1.ListContainersResponse"],"ListStream":["containerd.services.containers.v1.ListContainersRequest","containerd.services.containers.v1.ListContainerMessage"],"Create":["containerd.services.containers.v1.CreateContainerRequest","containerd.services.containers.v1.CreateContainerResponse"],"Update":["containerd.services.containers.v1.UpdateContainerRequest","containerd.services.containers.v1.UpdateContainerResponse"],"Delete":["containerd.services.containers.v1.DeleteContainerRequest","google.protobuf.Empty"]};
