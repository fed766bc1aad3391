/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array;

const $root = $protobuf.roots["podctl_namespaces"] || ($protobuf.roots["podctl_namespaces"] = {});

export const containerd = $root.containerd = (() => {

    const containerd = {};

    containerd.services = (function() {

        const services = {};

        services.namespaces = (function() {

            const namespaces = {};

            namespaces.v1 = (function() {

                const v1 = {};

                v1.CreateNamespaceRequest = (function() {

                    const CreateNamespaceRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CreateNamespaceRequest.prototype.namespace = null;

                    CreateNamespaceRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                            $root.containerd.services.namespaces.v1.Namespace.encode(message.namespace, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CreateNamespaceRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.namespaces.v1.CreateNamespaceRequest();
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
                                    message.namespace = $root.containerd.services.namespaces.v1.Namespace.decode(reader, reader.size(), $undefined, _depth + 1, message.namespace);
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

                    CreateNamespaceRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.namespaces.v1.CreateNamespaceRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.namespaces.v1.CreateNamespaceRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.namespaces.v1.CreateNamespaceRequest();
                        if (object.namespace != null) {
                            if (!$util.isObject(object.namespace))
                                throw $TypeError(".containerd.services.namespaces.v1.CreateNamespaceRequest.namespace: object expected");
                            message.namespace = $root.containerd.services.namespaces.v1.Namespace.fromObject(object.namespace, _depth + 1);
                        }
                        return message;
                    };

                    CreateNamespaceRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.namespace = null;
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                            object.namespace = $root.containerd.services.namespaces.v1.Namespace.toObject(message.namespace, options, _depth + 1);
                        return object;
                    };

                    CreateNamespaceRequest.prototype.toJSON = function() {
                        return CreateNamespaceRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CreateNamespaceRequest;
                })();

                v1.CreateNamespaceResponse = (function() {

                    const CreateNamespaceResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CreateNamespaceResponse.prototype.namespace = null;

                    CreateNamespaceResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                            $root.containerd.services.namespaces.v1.Namespace.encode(message.namespace, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CreateNamespaceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.namespaces.v1.CreateNamespaceResponse();
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
                                    message.namespace = $root.containerd.services.namespaces.v1.Namespace.decode(reader, reader.size(), $undefined, _depth + 1, message.namespace);
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

                    CreateNamespaceResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.namespaces.v1.CreateNamespaceResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.namespaces.v1.CreateNamespaceResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.namespaces.v1.CreateNamespaceResponse();
                        if (object.namespace != null) {
                            if (!$util.isObject(object.namespace))
                                throw $TypeError(".containerd.services.namespaces.v1.CreateNamespaceResponse.namespace: object expected");
                            message.namespace = $root.containerd.services.namespaces.v1.Namespace.fromObject(object.namespace, _depth + 1);
                        }
                        return message;
                    };

                    CreateNamespaceResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.namespace = null;
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                            object.namespace = $root.containerd.services.namespaces.v1.Namespace.toObject(message.namespace, options, _depth + 1);
                        return object;
                    };

                    CreateNamespaceResponse.prototype.toJSON = function() {
                        return CreateNamespaceResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CreateNamespaceResponse;
                })();

                v1.DeleteNamespaceRequest = (function() {

                    const DeleteNamespaceRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    DeleteNamespaceRequest.prototype.name = "";

                    DeleteNamespaceRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(10).string(message.name);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    DeleteNamespaceRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.namespaces.v1.DeleteNamespaceRequest();
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

                    DeleteNamespaceRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.namespaces.v1.DeleteNamespaceRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.namespaces.v1.DeleteNamespaceRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.namespaces.v1.DeleteNamespaceRequest();
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        return message;
                    };

                    DeleteNamespaceRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.name = "";
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        return object;
                    };

                    DeleteNamespaceRequest.prototype.toJSON = function() {
                        return DeleteNamespaceRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return DeleteNamespaceRequest;
                })();

                v1.GetNamespaceRequest = (function() {

                    const GetNamespaceRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    GetNamespaceRequest.prototype.name = "";

                    GetNamespaceRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(10).string(message.name);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    GetNamespaceRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.namespaces.v1.GetNamespaceRequest();
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

                    GetNamespaceRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.namespaces.v1.GetNamespaceRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.namespaces.v1.GetNamespaceRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.namespaces.v1.GetNamespaceRequest();
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        return message;
                    };

                    GetNamespaceRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.name = "";
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        return object;
                    };

                    GetNamespaceRequest.prototype.toJSON = function() {
                        return GetNamespaceRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return GetNamespaceRequest;
                })();

                v1.GetNamespaceResponse = (function() {

                    const GetNamespaceResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    GetNamespaceResponse.prototype.namespace = null;

                    GetNamespaceResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                            $root.containerd.services.namespaces.v1.Namespace.encode(message.namespace, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    GetNamespaceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.namespaces.v1.GetNamespaceResponse();
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
                                    message.namespace = $root.containerd.services.namespaces.v1.Namespace.decode(reader, reader.size(), $undefined, _depth + 1, message.namespace);
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

                    GetNamespaceResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.namespaces.v1.GetNamespaceResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.namespaces.v1.GetNamespaceResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.namespaces.v1.GetNamespaceResponse();
                        if (object.namespace != null) {
                            if (!$util.isObject(object.namespace))
                                throw $TypeError(".containerd.services.namespaces.v1.GetNamespaceResponse.namespace: object expected");
                            message.namespace = $root.containerd.services.namespaces.v1.Namespace.fromObject(object.namespace, _depth + 1);
                        }
                        return message;
                    };

                    GetNamespaceResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.namespace = null;
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                            object.namespace = $root.containerd.services.namespaces.v1.Namespace.toObject(message.namespace, options, _depth + 1);
                        return object;
                    };

                    GetNamespaceResponse.prototype.toJSON = function() {
                        return GetNamespaceResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return GetNamespaceResponse;
                })();

                v1.ListNamespacesRequest = (function() {

                    const ListNamespacesRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListNamespacesRequest.prototype.filter = "";

                    ListNamespacesRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.filter != null && $Object.hasOwnProperty.call(message, "filter") && message.filter !== "")
                            writer.uint32(10).string(message.filter);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ListNamespacesRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.namespaces.v1.ListNamespacesRequest();
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
                                        message.filter = value;
                                    else
                                        delete message.filter;
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

                    ListNamespacesRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.namespaces.v1.ListNamespacesRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.namespaces.v1.ListNamespacesRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.namespaces.v1.ListNamespacesRequest();
                        if (object.filter != null)
                            if (typeof object.filter !== "string" || object.filter.length)
                                message.filter = $String(object.filter);
                        return message;
                    };

                    ListNamespacesRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.filter = "";
                        if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                            object.filter = message.filter;
                        return object;
                    };

                    ListNamespacesRequest.prototype.toJSON = function() {
                        return ListNamespacesRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListNamespacesRequest;
                })();

                v1.ListNamespacesResponse = (function() {

                    const ListNamespacesResponse = function (properties) {
                        this.namespaces = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListNamespacesResponse.prototype.namespaces = $util.emptyArray;

                    ListNamespacesResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.namespaces != null && message.namespaces.length)
                            for (let i = 0; i < message.namespaces.length; ++i)
                                $root.containerd.services.namespaces.v1.Namespace.encode(message.namespaces[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ListNamespacesResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.namespaces.v1.ListNamespacesResponse();
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
                                    if (!(message.namespaces && message.namespaces.length))
                                        message.namespaces = [];
                                    message.namespaces.push($root.containerd.services.namespaces.v1.Namespace.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    ListNamespacesResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.namespaces.v1.ListNamespacesResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.namespaces.v1.ListNamespacesResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.namespaces.v1.ListNamespacesResponse();
                        if (object.namespaces) {
                            if (!$Array.isArray(object.namespaces))
                                throw $TypeError(".containerd.services.namespaces.v1.ListNamespacesResponse.namespaces: array expected");
                            message.namespaces = $Array(object.namespaces.length);
                            for (let i = 0; i < object.namespaces.length; ++i) {
                                if (!$util.isObject(object.namespaces[i]))
                                    throw $TypeError(".containerd.services.namespaces.v1.ListNamespacesResponse.namespaces: object expected");
                                message.namespaces[i] = $root.containerd.services.namespaces.v1.Namespace.fromObject(object.namespaces[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    ListNamespacesResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.namespaces = [];
                        if (message.namespaces && message.namespaces.length) {
                            object.namespaces = $Array(message.namespaces.length);
                            for (let j = 0; j < message.namespaces.length; ++j)
                                object.namespaces[j] = $root.containerd.services.namespaces.v1.Namespace.toObject(message.namespaces[j], options, _depth + 1);
                        }
                        return object;
                    };

                    ListNamespacesResponse.prototype.toJSON = function() {
                        return ListNamespacesResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListNamespacesResponse;
                })();

                v1.Namespace = (function() {

                    const Namespace = function (properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Namespace.prototype.name = "";
                    Namespace.prototype.labels = $util.emptyObject;

                    Namespace.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(10).string(message.name);
                        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Namespace.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.namespaces.v1.Namespace();
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

                    Namespace.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.namespaces.v1.Namespace)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.namespaces.v1.Namespace: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.namespaces.v1.Namespace();
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        if (object.labels) {
                            if (!$util.isObject(object.labels))
                                throw $TypeError(".containerd.services.namespaces.v1.Namespace.labels: object expected");
                            message.labels = {};
                            for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.labels, keys[i]);
                                message.labels[keys[i]] = $String(object.labels[keys[i]]);
                            }
                        }
                        return message;
                    };

                    Namespace.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.objects || options.defaults)
                            object.labels = {};
                        if (options.defaults)
                            object.name = "";
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        let keys2;
                        if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                            object.labels = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.labels, keys2[j]);
                                object.labels[keys2[j]] = message.labels[keys2[j]];
                            }
                        }
                        return object;
                    };

                    Namespace.prototype.toJSON = function() {
                        return Namespace.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Namespace;
                })();

                v1.UpdateNamespaceRequest = (function() {

                    const UpdateNamespaceRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    UpdateNamespaceRequest.prototype.namespace = null;
                    UpdateNamespaceRequest.prototype.updateMask = null;

                    UpdateNamespaceRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                            $root.containerd.services.namespaces.v1.Namespace.encode(message.namespace, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.updateMask != null && $Object.hasOwnProperty.call(message, "updateMask"))
                            $root.google.protobuf.FieldMask.encode(message.updateMask, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    UpdateNamespaceRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.namespaces.v1.UpdateNamespaceRequest();
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
                                    message.namespace = $root.containerd.services.namespaces.v1.Namespace.decode(reader, reader.size(), $undefined, _depth + 1, message.namespace);
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

                    UpdateNamespaceRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.namespaces.v1.UpdateNamespaceRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.namespaces.v1.UpdateNamespaceRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.namespaces.v1.UpdateNamespaceRequest();
                        if (object.namespace != null) {
                            if (!$util.isObject(object.namespace))
                                throw $TypeError(".containerd.services.namespaces.v1.UpdateNamespaceRequest.namespace: object expected");
                            message.namespace = $root.containerd.services.namespaces.v1.Namespace.fromObject(object.namespace, _depth + 1);
                        }
                        if (object.updateMask != null) {
                            if (!$util.isObject(object.updateMask))
                                throw $TypeError(".containerd.services.namespaces.v1.UpdateNamespaceRequest.updateMask: object expected");
                            message.updateMask = $root.google.protobuf.FieldMask.fromObject(object.updateMask, _depth + 1);
                        }
                        return message;
                    };

                    UpdateNamespaceRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.namespace = null;
                            object.updateMask = null;
                        }
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                            object.namespace = $root.containerd.services.namespaces.v1.Namespace.toObject(message.namespace, options, _depth + 1);
                        if (message.updateMask != null && $Object.hasOwnProperty.call(message, "updateMask"))
                            object.updateMask = $root.google.protobuf.FieldMask.toObject(message.updateMask, options, _depth + 1);
                        return object;
                    };

                    UpdateNamespaceRequest.prototype.toJSON = function() {
                        return UpdateNamespaceRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return UpdateNamespaceRequest;
                })();

                v1.UpdateNamespaceResponse = (function() {

                    const UpdateNamespaceResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    UpdateNamespaceResponse.prototype.namespace = null;

                    UpdateNamespaceResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                            $root.containerd.services.namespaces.v1.Namespace.encode(message.namespace, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    UpdateNamespaceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.namespaces.v1.UpdateNamespaceResponse();
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
                                    message.namespace = $root.containerd.services.namespaces.v1.Namespace.decode(reader, reader.size(), $undefined, _depth + 1, message.namespace);
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

                    UpdateNamespaceResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.namespaces.v1.UpdateNamespaceResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.namespaces.v1.UpdateNamespaceResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.namespaces.v1.UpdateNamespaceResponse();
                        if (object.namespace != null) {
                            if (!$util.isObject(object.namespace))
                                throw $TypeError(".containerd.services.namespaces.v1.UpdateNamespaceResponse.namespace: object expected");
                            message.namespace = $root.containerd.services.namespaces.v1.Namespace.fromObject(object.namespace, _depth + 1);
                        }
                        return message;
                    };

                    UpdateNamespaceResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.namespace = null;
                        if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                            object.namespace = $root.containerd.services.namespaces.v1.Namespace.toObject(message.namespace, options, _depth + 1);
                        return object;
                    };

                    UpdateNamespaceResponse.prototype.toJSON = function() {
                        return UpdateNamespaceResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return UpdateNamespaceResponse;
                })();

                return v1;
            })();

            return namespaces;
        })();

        return services;
    })();

    return containerd;
})();

export const google = $root.google = (() => {

    const google = {};

    google.protobuf = (function() {

        const protobuf = {};

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

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};

export const methods = {"Get":["containerd.services.namespaces.v1.GetNamespaceRequest","containerd.services.namespaces.v1.GetNamespaceResponse"],"List":["containerd.services.namespaces.v1.ListNamespacesRequest","containerd.services.namespaces.v1.ListNamespacesResponse"],"Create":["containerd.services.namespaces.v1.CreateNamespaceRequest","containerd.services.namespaces.v1.CreateNamespaceResponse"],"Update":["containerd.services.namespaces.v1.UpdateNamespaceRequest","containerd.services.namespaces.v1.UpdateNamespaceResponse"],"Delete":["containerd.services.namespaces.v1.DeleteNamespaceRequest","google.protobuf.Empty"]};
