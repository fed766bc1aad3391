/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

const $root = $protobuf.roots["podctl_content"] || ($protobuf.roots["podctl_content"] = {});

export const containerd = $root.containerd = (() => {

    const containerd = {};

    containerd.services = (function() {

        const services = {};

        services.content = (function() {

            const content = {};

            content.v1 = (function() {

                const v1 = {};

                v1.AbortRequest = (function() {

                    const AbortRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    AbortRequest.prototype.ref = "";

                    AbortRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== "")
                            writer.uint32(10).string(message.ref);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    AbortRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.AbortRequest();
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
                                        message.ref = value;
                                    else
                                        delete message.ref;
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

                    AbortRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.AbortRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.AbortRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.AbortRequest();
                        if (object.ref != null)
                            if (typeof object.ref !== "string" || object.ref.length)
                                message.ref = $String(object.ref);
                        return message;
                    };

                    AbortRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.ref = "";
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                            object.ref = message.ref;
                        return object;
                    };

                    AbortRequest.prototype.toJSON = function() {
                        return AbortRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return AbortRequest;
                })();

                v1.DeleteContentRequest = (function() {

                    const DeleteContentRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    DeleteContentRequest.prototype.digest = "";

                    DeleteContentRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                            writer.uint32(10).string(message.digest);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    DeleteContentRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.DeleteContentRequest();
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
                                        message.digest = value;
                                    else
                                        delete message.digest;
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

                    DeleteContentRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.DeleteContentRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.DeleteContentRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.DeleteContentRequest();
                        if (object.digest != null)
                            if (typeof object.digest !== "string" || object.digest.length)
                                message.digest = $String(object.digest);
                        return message;
                    };

                    DeleteContentRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.digest = "";
                        if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                            object.digest = message.digest;
                        return object;
                    };

                    DeleteContentRequest.prototype.toJSON = function() {
                        return DeleteContentRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return DeleteContentRequest;
                })();

                v1.Info = (function() {

                    const Info = function (properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Info.prototype.digest = "";
                    Info.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    Info.prototype.createdAt = null;
                    Info.prototype.updatedAt = null;
                    Info.prototype.labels = $util.emptyObject;

                    Info.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                            writer.uint32(10).string(message.digest);
                        if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                            writer.uint32(16).int64(message.size);
                        if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                            $root.google.protobuf.Timestamp.encode(message.createdAt, writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                            $root.google.protobuf.Timestamp.encode(message.updatedAt, writer.uint32(34).fork(), _depth + 1).ldelim();
                        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(42).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Info.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.Info();
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
                                        message.digest = value;
                                    else
                                        delete message.digest;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.size = value;
                                    else
                                        delete message.size;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.createdAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.createdAt);
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.updatedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.updatedAt);
                                    continue;
                                }
                            case 5: {
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

                    Info.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.Info)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.Info: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.Info();
                        if (object.digest != null)
                            if (typeof object.digest !== "string" || object.digest.length)
                                message.digest = $String(object.digest);
                        if (object.size != null)
                            if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                                if ($util.Long)
                                    message.size = $util.Long.fromValue(object.size, false);
                                else if (typeof object.size === "string")
                                    message.size = $parseInt(object.size, 10);
                                else if (typeof object.size === "number")
                                    message.size = object.size;
                                else if (typeof object.size === "object")
                                    message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber();
                        if (object.createdAt != null) {
                            if (!$util.isObject(object.createdAt))
                                throw $TypeError(".containerd.services.content.v1.Info.createdAt: object expected");
                            message.createdAt = $root.google.protobuf.Timestamp.fromObject(object.createdAt, _depth + 1);
                        }
                        if (object.updatedAt != null) {
                            if (!$util.isObject(object.updatedAt))
                                throw $TypeError(".containerd.services.content.v1.Info.updatedAt: object expected");
                            message.updatedAt = $root.google.protobuf.Timestamp.fromObject(object.updatedAt, _depth + 1);
                        }
                        if (object.labels) {
                            if (!$util.isObject(object.labels))
                                throw $TypeError(".containerd.services.content.v1.Info.labels: object expected");
                            message.labels = {};
                            for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.labels, keys[i]);
                                message.labels[keys[i]] = $String(object.labels[keys[i]]);
                            }
                        }
                        return message;
                    };

                    Info.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.objects || options.defaults)
                            object.labels = {};
                        if (options.defaults) {
                            object.digest = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.createdAt = null;
                            object.updatedAt = null;
                        }
                        if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                            object.digest = message.digest;
                        if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, false).toBigInt();
                            else if (typeof message.size === "number")
                                object.size = options.longs === $String ? $String(message.size) : message.size;
                            else
                                object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber() : message.size;
                        if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                            object.createdAt = $root.google.protobuf.Timestamp.toObject(message.createdAt, options, _depth + 1);
                        if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                            object.updatedAt = $root.google.protobuf.Timestamp.toObject(message.updatedAt, options, _depth + 1);
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

                    Info.prototype.toJSON = function() {
                        return Info.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Info;
                })();

                v1.InfoRequest = (function() {

                    const InfoRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    InfoRequest.prototype.digest = "";

                    InfoRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                            writer.uint32(10).string(message.digest);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    InfoRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.InfoRequest();
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
                                        message.digest = value;
                                    else
                                        delete message.digest;
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

                    InfoRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.InfoRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.InfoRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.InfoRequest();
                        if (object.digest != null)
                            if (typeof object.digest !== "string" || object.digest.length)
                                message.digest = $String(object.digest);
                        return message;
                    };

                    InfoRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.digest = "";
                        if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                            object.digest = message.digest;
                        return object;
                    };

                    InfoRequest.prototype.toJSON = function() {
                        return InfoRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return InfoRequest;
                })();

                v1.InfoResponse = (function() {

                    const InfoResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    InfoResponse.prototype.info = null;

                    InfoResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                            $root.containerd.services.content.v1.Info.encode(message.info, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    InfoResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.InfoResponse();
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
                                    message.info = $root.containerd.services.content.v1.Info.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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

                    InfoResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.InfoResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.InfoResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.InfoResponse();
                        if (object.info != null) {
                            if (!$util.isObject(object.info))
                                throw $TypeError(".containerd.services.content.v1.InfoResponse.info: object expected");
                            message.info = $root.containerd.services.content.v1.Info.fromObject(object.info, _depth + 1);
                        }
                        return message;
                    };

                    InfoResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.info = null;
                        if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                            object.info = $root.containerd.services.content.v1.Info.toObject(message.info, options, _depth + 1);
                        return object;
                    };

                    InfoResponse.prototype.toJSON = function() {
                        return InfoResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return InfoResponse;
                })();

                v1.ListContentRequest = (function() {

                    const ListContentRequest = function (properties) {
                        this.filters = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListContentRequest.prototype.filters = $util.emptyArray;

                    ListContentRequest.encode = function (message, writer, _depth) {
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

                    ListContentRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.ListContentRequest();
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

                    ListContentRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.ListContentRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.ListContentRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.ListContentRequest();
                        if (object.filters) {
                            if (!$Array.isArray(object.filters))
                                throw $TypeError(".containerd.services.content.v1.ListContentRequest.filters: array expected");
                            message.filters = $Array(object.filters.length);
                            for (let i = 0; i < object.filters.length; ++i)
                                message.filters[i] = $String(object.filters[i]);
                        }
                        return message;
                    };

                    ListContentRequest.toObject = function (message, options, _depth) {
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

                    ListContentRequest.prototype.toJSON = function() {
                        return ListContentRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListContentRequest;
                })();

                v1.ListContentResponse = (function() {

                    const ListContentResponse = function (properties) {
                        this.info = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListContentResponse.prototype.info = $util.emptyArray;

                    ListContentResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.info != null && message.info.length)
                            for (let i = 0; i < message.info.length; ++i)
                                $root.containerd.services.content.v1.Info.encode(message.info[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ListContentResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.ListContentResponse();
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
                                    if (!(message.info && message.info.length))
                                        message.info = [];
                                    message.info.push($root.containerd.services.content.v1.Info.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    ListContentResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.ListContentResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.ListContentResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.ListContentResponse();
                        if (object.info) {
                            if (!$Array.isArray(object.info))
                                throw $TypeError(".containerd.services.content.v1.ListContentResponse.info: array expected");
                            message.info = $Array(object.info.length);
                            for (let i = 0; i < object.info.length; ++i) {
                                if (!$util.isObject(object.info[i]))
                                    throw $TypeError(".containerd.services.content.v1.ListContentResponse.info: object expected");
                                message.info[i] = $root.containerd.services.content.v1.Info.fromObject(object.info[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    ListContentResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.info = [];
                        if (message.info && message.info.length) {
                            object.info = $Array(message.info.length);
                            for (let j = 0; j < message.info.length; ++j)
                                object.info[j] = $root.containerd.services.content.v1.Info.toObject(message.info[j], options, _depth + 1);
                        }
                        return object;
                    };

                    ListContentResponse.prototype.toJSON = function() {
                        return ListContentResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListContentResponse;
                })();

                v1.ListStatusesRequest = (function() {

                    const ListStatusesRequest = function (properties) {
                        this.filters = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListStatusesRequest.prototype.filters = $util.emptyArray;

                    ListStatusesRequest.encode = function (message, writer, _depth) {
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

                    ListStatusesRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.ListStatusesRequest();
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

                    ListStatusesRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.ListStatusesRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.ListStatusesRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.ListStatusesRequest();
                        if (object.filters) {
                            if (!$Array.isArray(object.filters))
                                throw $TypeError(".containerd.services.content.v1.ListStatusesRequest.filters: array expected");
                            message.filters = $Array(object.filters.length);
                            for (let i = 0; i < object.filters.length; ++i)
                                message.filters[i] = $String(object.filters[i]);
                        }
                        return message;
                    };

                    ListStatusesRequest.toObject = function (message, options, _depth) {
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

                    ListStatusesRequest.prototype.toJSON = function() {
                        return ListStatusesRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListStatusesRequest;
                })();

                v1.ListStatusesResponse = (function() {

                    const ListStatusesResponse = function (properties) {
                        this.statuses = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListStatusesResponse.prototype.statuses = $util.emptyArray;

                    ListStatusesResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.statuses != null && message.statuses.length)
                            for (let i = 0; i < message.statuses.length; ++i)
                                $root.containerd.services.content.v1.Status.encode(message.statuses[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ListStatusesResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.ListStatusesResponse();
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
                                    if (!(message.statuses && message.statuses.length))
                                        message.statuses = [];
                                    message.statuses.push($root.containerd.services.content.v1.Status.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    ListStatusesResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.ListStatusesResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.ListStatusesResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.ListStatusesResponse();
                        if (object.statuses) {
                            if (!$Array.isArray(object.statuses))
                                throw $TypeError(".containerd.services.content.v1.ListStatusesResponse.statuses: array expected");
                            message.statuses = $Array(object.statuses.length);
                            for (let i = 0; i < object.statuses.length; ++i) {
                                if (!$util.isObject(object.statuses[i]))
                                    throw $TypeError(".containerd.services.content.v1.ListStatusesResponse.statuses: object expected");
                                message.statuses[i] = $root.containerd.services.content.v1.Status.fromObject(object.statuses[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    ListStatusesResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.statuses = [];
                        if (message.statuses && message.statuses.length) {
                            object.statuses = $Array(message.statuses.length);
                            for (let j = 0; j < message.statuses.length; ++j)
                                object.statuses[j] = $root.containerd.services.content.v1.Status.toObject(message.statuses[j], options, _depth + 1);
                        }
                        return object;
                    };

                    ListStatusesResponse.prototype.toJSON = function() {
                        return ListStatusesResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListStatusesResponse;
                })();

                v1.ReadContentRequest = (function() {

                    const ReadContentRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ReadContentRequest.prototype.digest = "";
                    ReadContentRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    ReadContentRequest.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    ReadContentRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                            writer.uint32(10).string(message.digest);
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                            writer.uint32(16).int64(message.offset);
                        if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                            writer.uint32(24).int64(message.size);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ReadContentRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.ReadContentRequest();
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
                                        message.digest = value;
                                    else
                                        delete message.digest;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.offset = value;
                                    else
                                        delete message.offset;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.size = value;
                                    else
                                        delete message.size;
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

                    ReadContentRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.ReadContentRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.ReadContentRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.ReadContentRequest();
                        if (object.digest != null)
                            if (typeof object.digest !== "string" || object.digest.length)
                                message.digest = $String(object.digest);
                        if (object.offset != null)
                            if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                                if ($util.Long)
                                    message.offset = $util.Long.fromValue(object.offset, false);
                                else if (typeof object.offset === "string")
                                    message.offset = $parseInt(object.offset, 10);
                                else if (typeof object.offset === "number")
                                    message.offset = object.offset;
                                else if (typeof object.offset === "object")
                                    message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber();
                        if (object.size != null)
                            if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                                if ($util.Long)
                                    message.size = $util.Long.fromValue(object.size, false);
                                else if (typeof object.size === "string")
                                    message.size = $parseInt(object.size, 10);
                                else if (typeof object.size === "number")
                                    message.size = object.size;
                                else if (typeof object.size === "object")
                                    message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber();
                        return message;
                    };

                    ReadContentRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.digest = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                            object.digest = message.digest;
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, false).toBigInt();
                            else if (typeof message.offset === "number")
                                object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                            else
                                object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber() : message.offset;
                        if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, false).toBigInt();
                            else if (typeof message.size === "number")
                                object.size = options.longs === $String ? $String(message.size) : message.size;
                            else
                                object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber() : message.size;
                        return object;
                    };

                    ReadContentRequest.prototype.toJSON = function() {
                        return ReadContentRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ReadContentRequest;
                })();

                v1.ReadContentResponse = (function() {

                    const ReadContentResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ReadContentResponse.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    ReadContentResponse.prototype.data = $util.newBuffer([]);

                    ReadContentResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                            writer.uint32(8).int64(message.offset);
                        if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                            writer.uint32(18).bytes(message.data);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ReadContentResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.ReadContentResponse();
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
                                        message.offset = value;
                                    else
                                        delete message.offset;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.data = value;
                                    else
                                        delete message.data;
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

                    ReadContentResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.ReadContentResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.ReadContentResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.ReadContentResponse();
                        if (object.offset != null)
                            if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                                if ($util.Long)
                                    message.offset = $util.Long.fromValue(object.offset, false);
                                else if (typeof object.offset === "string")
                                    message.offset = $parseInt(object.offset, 10);
                                else if (typeof object.offset === "number")
                                    message.offset = object.offset;
                                else if (typeof object.offset === "object")
                                    message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber();
                        if (object.data != null)
                            if (object.data.length)
                                if (typeof object.data === "string")
                                    $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                                else if (object.data.length >= 0)
                                    message.data = object.data;
                        return message;
                    };

                    ReadContentResponse.toObject = function (message, options, _depth) {
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
                                object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if (options.bytes === $String)
                                object.data = "";
                            else {
                                object.data = [];
                                if (options.bytes !== $Array)
                                    object.data = $util.newBuffer(object.data);
                            }
                        }
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, false).toBigInt();
                            else if (typeof message.offset === "number")
                                object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                            else
                                object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber() : message.offset;
                        if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                            object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                        return object;
                    };

                    ReadContentResponse.prototype.toJSON = function() {
                        return ReadContentResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ReadContentResponse;
                })();

                v1.Status = (function() {

                    const Status = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Status.prototype.startedAt = null;
                    Status.prototype.updatedAt = null;
                    Status.prototype.ref = "";
                    Status.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    Status.prototype.total = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    Status.prototype.expected = "";

                    Status.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                            $root.google.protobuf.Timestamp.encode(message.startedAt, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                            $root.google.protobuf.Timestamp.encode(message.updatedAt, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== "")
                            writer.uint32(26).string(message.ref);
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                            writer.uint32(32).int64(message.offset);
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                            writer.uint32(40).int64(message.total);
                        if (message.expected != null && $Object.hasOwnProperty.call(message, "expected") && message.expected !== "")
                            writer.uint32(50).string(message.expected);
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
                        message = _target || new $root.containerd.services.content.v1.Status();
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
                                    message.startedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.startedAt);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.updatedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.updatedAt);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.ref = value;
                                    else
                                        delete message.ref;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.offset = value;
                                    else
                                        delete message.offset;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.total = value;
                                    else
                                        delete message.total;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.expected = value;
                                    else
                                        delete message.expected;
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
                        if (object instanceof $root.containerd.services.content.v1.Status)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.Status: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.Status();
                        if (object.startedAt != null) {
                            if (!$util.isObject(object.startedAt))
                                throw $TypeError(".containerd.services.content.v1.Status.startedAt: object expected");
                            message.startedAt = $root.google.protobuf.Timestamp.fromObject(object.startedAt, _depth + 1);
                        }
                        if (object.updatedAt != null) {
                            if (!$util.isObject(object.updatedAt))
                                throw $TypeError(".containerd.services.content.v1.Status.updatedAt: object expected");
                            message.updatedAt = $root.google.protobuf.Timestamp.fromObject(object.updatedAt, _depth + 1);
                        }
                        if (object.ref != null)
                            if (typeof object.ref !== "string" || object.ref.length)
                                message.ref = $String(object.ref);
                        if (object.offset != null)
                            if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                                if ($util.Long)
                                    message.offset = $util.Long.fromValue(object.offset, false);
                                else if (typeof object.offset === "string")
                                    message.offset = $parseInt(object.offset, 10);
                                else if (typeof object.offset === "number")
                                    message.offset = object.offset;
                                else if (typeof object.offset === "object")
                                    message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber();
                        if (object.total != null)
                            if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                                if ($util.Long)
                                    message.total = $util.Long.fromValue(object.total, false);
                                else if (typeof object.total === "string")
                                    message.total = $parseInt(object.total, 10);
                                else if (typeof object.total === "number")
                                    message.total = object.total;
                                else if (typeof object.total === "object")
                                    message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber();
                        if (object.expected != null)
                            if (typeof object.expected !== "string" || object.expected.length)
                                message.expected = $String(object.expected);
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
                        if (options.defaults) {
                            object.startedAt = null;
                            object.updatedAt = null;
                            object.ref = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.expected = "";
                        }
                        if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                            object.startedAt = $root.google.protobuf.Timestamp.toObject(message.startedAt, options, _depth + 1);
                        if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                            object.updatedAt = $root.google.protobuf.Timestamp.toObject(message.updatedAt, options, _depth + 1);
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                            object.ref = message.ref;
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, false).toBigInt();
                            else if (typeof message.offset === "number")
                                object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                            else
                                object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber() : message.offset;
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, false).toBigInt();
                            else if (typeof message.total === "number")
                                object.total = options.longs === $String ? $String(message.total) : message.total;
                            else
                                object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber() : message.total;
                        if (message.expected != null && $Object.hasOwnProperty.call(message, "expected"))
                            object.expected = message.expected;
                        return object;
                    };

                    Status.prototype.toJSON = function() {
                        return Status.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Status;
                })();

                v1.StatusRequest = (function() {

                    const StatusRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    StatusRequest.prototype.ref = "";

                    StatusRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== "")
                            writer.uint32(10).string(message.ref);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    StatusRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.StatusRequest();
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
                                        message.ref = value;
                                    else
                                        delete message.ref;
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

                    StatusRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.StatusRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.StatusRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.StatusRequest();
                        if (object.ref != null)
                            if (typeof object.ref !== "string" || object.ref.length)
                                message.ref = $String(object.ref);
                        return message;
                    };

                    StatusRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.ref = "";
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                            object.ref = message.ref;
                        return object;
                    };

                    StatusRequest.prototype.toJSON = function() {
                        return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return StatusRequest;
                })();

                v1.StatusResponse = (function() {

                    const StatusResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    StatusResponse.prototype.status = null;

                    StatusResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                            $root.containerd.services.content.v1.Status.encode(message.status, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    StatusResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.StatusResponse();
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
                                    message.status = $root.containerd.services.content.v1.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
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

                    StatusResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.StatusResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.StatusResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.StatusResponse();
                        if (object.status != null) {
                            if (!$util.isObject(object.status))
                                throw $TypeError(".containerd.services.content.v1.StatusResponse.status: object expected");
                            message.status = $root.containerd.services.content.v1.Status.fromObject(object.status, _depth + 1);
                        }
                        return message;
                    };

                    StatusResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.status = null;
                        if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                            object.status = $root.containerd.services.content.v1.Status.toObject(message.status, options, _depth + 1);
                        return object;
                    };

                    StatusResponse.prototype.toJSON = function() {
                        return StatusResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return StatusResponse;
                })();

                v1.UpdateRequest = (function() {

                    const UpdateRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    UpdateRequest.prototype.info = null;
                    UpdateRequest.prototype.updateMask = null;

                    UpdateRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                            $root.containerd.services.content.v1.Info.encode(message.info, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.updateMask != null && $Object.hasOwnProperty.call(message, "updateMask"))
                            $root.google.protobuf.FieldMask.encode(message.updateMask, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    UpdateRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.UpdateRequest();
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
                                    message.info = $root.containerd.services.content.v1.Info.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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

                    UpdateRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.UpdateRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.UpdateRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.UpdateRequest();
                        if (object.info != null) {
                            if (!$util.isObject(object.info))
                                throw $TypeError(".containerd.services.content.v1.UpdateRequest.info: object expected");
                            message.info = $root.containerd.services.content.v1.Info.fromObject(object.info, _depth + 1);
                        }
                        if (object.updateMask != null) {
                            if (!$util.isObject(object.updateMask))
                                throw $TypeError(".containerd.services.content.v1.UpdateRequest.updateMask: object expected");
                            message.updateMask = $root.google.protobuf.FieldMask.fromObject(object.updateMask, _depth + 1);
                        }
                        return message;
                    };

                    UpdateRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.info = null;
                            object.updateMask = null;
                        }
                        if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                            object.info = $root.containerd.services.content.v1.Info.toObject(message.info, options, _depth + 1);
                        if (message.updateMask != null && $Object.hasOwnProperty.call(message, "updateMask"))
                            object.updateMask = $root.google.protobuf.FieldMask.toObject(message.updateMask, options, _depth + 1);
                        return object;
                    };

                    UpdateRequest.prototype.toJSON = function() {
                        return UpdateRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return UpdateRequest;
                })();

                v1.UpdateResponse = (function() {

                    const UpdateResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    UpdateResponse.prototype.info = null;

                    UpdateResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                            $root.containerd.services.content.v1.Info.encode(message.info, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    UpdateResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.UpdateResponse();
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
                                    message.info = $root.containerd.services.content.v1.Info.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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

                    UpdateResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.UpdateResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.UpdateResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.UpdateResponse();
                        if (object.info != null) {
                            if (!$util.isObject(object.info))
                                throw $TypeError(".containerd.services.content.v1.UpdateResponse.info: object expected");
                            message.info = $root.containerd.services.content.v1.Info.fromObject(object.info, _depth + 1);
                        }
                        return message;
                    };

                    UpdateResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.info = null;
                        if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                            object.info = $root.containerd.services.content.v1.Info.toObject(message.info, options, _depth + 1);
                        return object;
                    };

                    UpdateResponse.prototype.toJSON = function() {
                        return UpdateResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return UpdateResponse;
                })();

                v1.WriteAction = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "STAT"] = 0;
                    values[valuesById[1] = "WRITE"] = 1;
                    values[valuesById[2] = "COMMIT"] = 2;
                    return values;
                })();

                v1.WriteContentRequest = (function() {

                    const WriteContentRequest = function (properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    WriteContentRequest.prototype.action = 0;
                    WriteContentRequest.prototype.ref = "";
                    WriteContentRequest.prototype.total = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    WriteContentRequest.prototype.expected = "";
                    WriteContentRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    WriteContentRequest.prototype.data = $util.newBuffer([]);
                    WriteContentRequest.prototype.labels = $util.emptyObject;

                    WriteContentRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                            writer.uint32(8).int32(message.action);
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== "")
                            writer.uint32(18).string(message.ref);
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                            writer.uint32(24).int64(message.total);
                        if (message.expected != null && $Object.hasOwnProperty.call(message, "expected") && message.expected !== "")
                            writer.uint32(34).string(message.expected);
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                            writer.uint32(40).int64(message.offset);
                        if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                            writer.uint32(50).bytes(message.data);
                        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(58).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    WriteContentRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.WriteContentRequest();
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
                                        message.action = value;
                                    else
                                        delete message.action;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.ref = value;
                                    else
                                        delete message.ref;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.total = value;
                                    else
                                        delete message.total;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.expected = value;
                                    else
                                        delete message.expected;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.offset = value;
                                    else
                                        delete message.offset;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.data = value;
                                    else
                                        delete message.data;
                                    continue;
                                }
                            case 7: {
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

                    WriteContentRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.WriteContentRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.WriteContentRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.WriteContentRequest();
                        if (object.action !== 0 && (typeof object.action !== "string" || $root.containerd.services.content.v1.WriteAction[object.action] !== 0))
                            switch (object.action) {
                            case "STAT":
                            case 0:
                                message.action = 0;
                                break;
                            case "WRITE":
                            case 1:
                                message.action = 1;
                                break;
                            case "COMMIT":
                            case 2:
                                message.action = 2;
                                break;
                            default:
                                if (typeof object.action === "number" && (object.action | 0) === object.action)
                                    message.action = object.action;
                            }
                        if (object.ref != null)
                            if (typeof object.ref !== "string" || object.ref.length)
                                message.ref = $String(object.ref);
                        if (object.total != null)
                            if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                                if ($util.Long)
                                    message.total = $util.Long.fromValue(object.total, false);
                                else if (typeof object.total === "string")
                                    message.total = $parseInt(object.total, 10);
                                else if (typeof object.total === "number")
                                    message.total = object.total;
                                else if (typeof object.total === "object")
                                    message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber();
                        if (object.expected != null)
                            if (typeof object.expected !== "string" || object.expected.length)
                                message.expected = $String(object.expected);
                        if (object.offset != null)
                            if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                                if ($util.Long)
                                    message.offset = $util.Long.fromValue(object.offset, false);
                                else if (typeof object.offset === "string")
                                    message.offset = $parseInt(object.offset, 10);
                                else if (typeof object.offset === "number")
                                    message.offset = object.offset;
                                else if (typeof object.offset === "object")
                                    message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber();
                        if (object.data != null)
                            if (object.data.length)
                                if (typeof object.data === "string")
                                    $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                                else if (object.data.length >= 0)
                                    message.data = object.data;
                        if (object.labels) {
                            if (!$util.isObject(object.labels))
                                throw $TypeError(".containerd.services.content.v1.WriteContentRequest.labels: object expected");
                            message.labels = {};
                            for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.labels, keys[i]);
                                message.labels[keys[i]] = $String(object.labels[keys[i]]);
                            }
                        }
                        return message;
                    };

                    WriteContentRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.objects || options.defaults)
                            object.labels = {};
                        if (options.defaults) {
                            object.action = options.enums === $String ? "STAT" : 0;
                            object.ref = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.expected = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if (options.bytes === $String)
                                object.data = "";
                            else {
                                object.data = [];
                                if (options.bytes !== $Array)
                                    object.data = $util.newBuffer(object.data);
                            }
                        }
                        if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                            object.action = options.enums === $String ? $root.containerd.services.content.v1.WriteAction[message.action] === $undefined ? message.action : $root.containerd.services.content.v1.WriteAction[message.action] : message.action;
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                            object.ref = message.ref;
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, false).toBigInt();
                            else if (typeof message.total === "number")
                                object.total = options.longs === $String ? $String(message.total) : message.total;
                            else
                                object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber() : message.total;
                        if (message.expected != null && $Object.hasOwnProperty.call(message, "expected"))
                            object.expected = message.expected;
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, false).toBigInt();
                            else if (typeof message.offset === "number")
                                object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                            else
                                object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber() : message.offset;
                        if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                            object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
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

                    WriteContentRequest.prototype.toJSON = function() {
                        return WriteContentRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return WriteContentRequest;
                })();

                v1.WriteContentResponse = (function() {

                    const WriteContentResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    WriteContentResponse.prototype.action = 0;
                    WriteContentResponse.prototype.startedAt = null;
                    WriteContentResponse.prototype.updatedAt = null;
                    WriteContentResponse.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    WriteContentResponse.prototype.total = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    WriteContentResponse.prototype.digest = "";

                    WriteContentResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                            writer.uint32(8).int32(message.action);
                        if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                            $root.google.protobuf.Timestamp.encode(message.startedAt, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                            $root.google.protobuf.Timestamp.encode(message.updatedAt, writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                            writer.uint32(32).int64(message.offset);
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                            writer.uint32(40).int64(message.total);
                        if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                            writer.uint32(50).string(message.digest);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    WriteContentResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.content.v1.WriteContentResponse();
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
                                        message.action = value;
                                    else
                                        delete message.action;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.startedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.startedAt);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.updatedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.updatedAt);
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.offset = value;
                                    else
                                        delete message.offset;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.total = value;
                                    else
                                        delete message.total;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.digest = value;
                                    else
                                        delete message.digest;
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

                    WriteContentResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.content.v1.WriteContentResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.content.v1.WriteContentResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.content.v1.WriteContentResponse();
                        if (object.action !== 0 && (typeof object.action !== "string" || $root.containerd.services.content.v1.WriteAction[object.action] !== 0))
                            switch (object.action) {
                            case "STAT":
                            case 0:
                                message.action = 0;
                                break;
                            case "WRITE":
                            case 1:
                                message.action = 1;
                                break;
                            case "COMMIT":
                            case 2:
                                message.action = 2;
                                break;
                            default:
                                if (typeof object.action === "number" && (object.action | 0) === object.action)
                                    message.action = object.action;
                            }
                        if (object.startedAt != null) {
                            if (!$util.isObject(object.startedAt))
                                throw $TypeError(".containerd.services.content.v1.WriteContentResponse.startedAt: object expected");
                            message.startedAt = $root.google.protobuf.Timestamp.fromObject(object.startedAt, _depth + 1);
                        }
                        if (object.updatedAt != null) {
                            if (!$util.isObject(object.updatedAt))
                                throw $TypeError(".containerd.services.content.v1.WriteContentResponse.updatedAt: object expected");
                            message.updatedAt = $root.google.protobuf.Timestamp.fromObject(object.updatedAt, _depth + 1);
                        }
                        if (object.offset != null)
                            if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                                if ($util.Long)
                                    message.offset = $util.Long.fromValue(object.offset, false);
                                else if (typeof object.offset === "string")
                                    message.offset = $parseInt(object.offset, 10);
                                else if (typeof object.offset === "number")
                                    message.offset = object.offset;
                                else if (typeof object.offset === "object")
                                    message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber();
                        if (object.total != null)
                            if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                                if ($util.Long)
                                    message.total = $util.Long.fromValue(object.total, false);
                                else if (typeof object.total === "string")
                                    message.total = $parseInt(object.total, 10);
                                else if (typeof object.total === "number")
                                    message.total = object.total;
                                else if (typeof object.total === "object")
                                    message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber();
                        if (object.digest != null)
                            if (typeof object.digest !== "string" || object.digest.length)
                                message.digest = $String(object.digest);
                        return message;
                    };

                    WriteContentResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.action = options.enums === $String ? "STAT" : 0;
                            object.startedAt = null;
                            object.updatedAt = null;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.digest = "";
                        }
                        if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                            object.action = options.enums === $String ? $root.containerd.services.content.v1.WriteAction[message.action] === $undefined ? message.action : $root.containerd.services.content.v1.WriteAction[message.action] : message.action;
                        if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                            object.startedAt = $root.google.protobuf.Timestamp.toObject(message.startedAt, options, _depth + 1);
                        if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                            object.updatedAt = $root.google.protobuf.Timestamp.toObject(message.updatedAt, options, _depth + 1);
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, false).toBigInt();
                            else if (typeof message.offset === "number")
                                object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                            else
                                object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber() : message.offset;
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, false).toBigInt();
                            else if (typeof message.total === "number")
                                object.total = options.longs === $String ? $String(message.total) : message.total;
                            else
                                object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber() : message.total;
                        if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                            object.digest = message.digest;
                        return object;
                    };

                    WriteContentResponse.prototype.toJSON = function() {
                        return WriteContentResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return WriteContentResponse;
                })();

                return v1;
            })();

            return content;
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

export const methods = {"Info":["containerd.services.content.v1.InfoRequest","containerd.services.content.v1.InfoResponse"],"Update":["containerd.services.content.v1.UpdateRequest","containerd.services.content.v1.UpdateResponse"],"List":["containerd.services.content.v1.ListContentRequest","containerd.services.content.v1.ListContentResponse"],"Delete":["containerd.services.content.v1.DeleteContentRequest","google.protobuf.Empty"],"Read":["containerd.services.content.v1.ReadContentRequest","containerd.services.content.v1.ReadContentResponse"],"Status":["containerd.services.content.v1.StatusRequest","containerd.services.content.v1.StatusResponse"],"ListStatuses":["containerd.services.content.v1.ListStatusesRequest","containerd.services.content.v1.ListStatusesResponse"],"Write":["containerd.services.content.v1.WriteContentRequest","containerd.services.content.v1.WriteContentResponse"],"Abort":["containerd.services.content.v1.AbortRequest","google.protobuf.Empty"]};
