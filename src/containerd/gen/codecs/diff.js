/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Array = $util.global.Array, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["podctl_diff"] || ($protobuf.roots["podctl_diff"] = {});

export const containerd = $root.containerd = (() => {

    const containerd = {};

    containerd.services = (function() {

        const services = {};

        services.diff = (function() {

            const diff = {};

            diff.v1 = (function() {

                const v1 = {};

                v1.ApplyRequest = (function() {

                    const ApplyRequest = function (properties) {
                        this.mounts = [];
                        this.payloads = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ApplyRequest.prototype.diff = null;
                    ApplyRequest.prototype.mounts = $util.emptyArray;
                    ApplyRequest.prototype.payloads = $util.emptyObject;

                    ApplyRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.diff != null && $Object.hasOwnProperty.call(message, "diff"))
                            $root.containerd.types.Descriptor.encode(message.diff, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.mounts != null && message.mounts.length)
                            for (let i = 0; i < message.mounts.length; ++i)
                                $root.containerd.types.Mount.encode(message.mounts[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.payloads != null && $Object.hasOwnProperty.call(message, "payloads"))
                            for (let keys = $Object.keys(message.payloads), i = 0; i < keys.length; ++i) {
                                writer.uint32(26).fork().uint32(10).string(keys[i]);
                                $root.google.protobuf.Any.encode(message.payloads[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                            }
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ApplyRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.diff.v1.ApplyRequest();
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
                                    message.diff = $root.containerd.types.Descriptor.decode(reader, reader.size(), $undefined, _depth + 1, message.diff);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.mounts && message.mounts.length))
                                        message.mounts = [];
                                    message.mounts.push($root.containerd.types.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.payloads === $util.emptyObject)
                                        message.payloads = {};
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
                                        $util.makeProp(message.payloads, key);
                                    message.payloads[key] = value || new $root.google.protobuf.Any();
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

                    ApplyRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.diff.v1.ApplyRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.diff.v1.ApplyRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.diff.v1.ApplyRequest();
                        if (object.diff != null) {
                            if (!$util.isObject(object.diff))
                                throw $TypeError(".containerd.services.diff.v1.ApplyRequest.diff: object expected");
                            message.diff = $root.containerd.types.Descriptor.fromObject(object.diff, _depth + 1);
                        }
                        if (object.mounts) {
                            if (!$Array.isArray(object.mounts))
                                throw $TypeError(".containerd.services.diff.v1.ApplyRequest.mounts: array expected");
                            message.mounts = $Array(object.mounts.length);
                            for (let i = 0; i < object.mounts.length; ++i) {
                                if (!$util.isObject(object.mounts[i]))
                                    throw $TypeError(".containerd.services.diff.v1.ApplyRequest.mounts: object expected");
                                message.mounts[i] = $root.containerd.types.Mount.fromObject(object.mounts[i], _depth + 1);
                            }
                        }
                        if (object.payloads) {
                            if (!$util.isObject(object.payloads))
                                throw $TypeError(".containerd.services.diff.v1.ApplyRequest.payloads: object expected");
                            message.payloads = {};
                            for (let keys = $Object.keys(object.payloads), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.payloads, keys[i]);
                                if (!$util.isObject(object.payloads[keys[i]]))
                                    throw $TypeError(".containerd.services.diff.v1.ApplyRequest.payloads: object expected");
                                message.payloads[keys[i]] = $root.google.protobuf.Any.fromObject(object.payloads[keys[i]], _depth + 1);
                            }
                        }
                        return message;
                    };

                    ApplyRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.mounts = [];
                        if (options.objects || options.defaults)
                            object.payloads = {};
                        if (options.defaults)
                            object.diff = null;
                        if (message.diff != null && $Object.hasOwnProperty.call(message, "diff"))
                            object.diff = $root.containerd.types.Descriptor.toObject(message.diff, options, _depth + 1);
                        if (message.mounts && message.mounts.length) {
                            object.mounts = $Array(message.mounts.length);
                            for (let j = 0; j < message.mounts.length; ++j)
                                object.mounts[j] = $root.containerd.types.Mount.toObject(message.mounts[j], options, _depth + 1);
                        }
                        let keys2;
                        if (message.payloads && (keys2 = $Object.keys(message.payloads)).length) {
                            object.payloads = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.payloads, keys2[j]);
                                object.payloads[keys2[j]] = $root.google.protobuf.Any.toObject(message.payloads[keys2[j]], options, _depth + 1);
                            }
                        }
                        return object;
                    };

                    ApplyRequest.prototype.toJSON = function() {
                        return ApplyRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ApplyRequest;
                })();

                v1.ApplyResponse = (function() {

                    const ApplyResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ApplyResponse.prototype.applied = null;

                    ApplyResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.applied != null && $Object.hasOwnProperty.call(message, "applied"))
                            $root.containerd.types.Descriptor.encode(message.applied, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ApplyResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.diff.v1.ApplyResponse();
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
                                    message.applied = $root.containerd.types.Descriptor.decode(reader, reader.size(), $undefined, _depth + 1, message.applied);
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

                    ApplyResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.diff.v1.ApplyResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.diff.v1.ApplyResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.diff.v1.ApplyResponse();
                        if (object.applied != null) {
                            if (!$util.isObject(object.applied))
                                throw $TypeError(".containerd.services.diff.v1.ApplyResponse.applied: object expected");
                            message.applied = $root.containerd.types.Descriptor.fromObject(object.applied, _depth + 1);
                        }
                        return message;
                    };

                    ApplyResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.applied = null;
                        if (message.applied != null && $Object.hasOwnProperty.call(message, "applied"))
                            object.applied = $root.containerd.types.Descriptor.toObject(message.applied, options, _depth + 1);
                        return object;
                    };

                    ApplyResponse.prototype.toJSON = function() {
                        return ApplyResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ApplyResponse;
                })();

                v1.DiffRequest = (function() {

                    const DiffRequest = function (properties) {
                        this.left = [];
                        this.right = [];
                        this.labels = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    DiffRequest.prototype.left = $util.emptyArray;
                    DiffRequest.prototype.right = $util.emptyArray;
                    DiffRequest.prototype.mediaType = "";
                    DiffRequest.prototype.ref = "";
                    DiffRequest.prototype.labels = $util.emptyObject;

                    DiffRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.left != null && message.left.length)
                            for (let i = 0; i < message.left.length; ++i)
                                $root.containerd.types.Mount.encode(message.left[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.right != null && message.right.length)
                            for (let i = 0; i < message.right.length; ++i)
                                $root.containerd.types.Mount.encode(message.right[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.mediaType != null && $Object.hasOwnProperty.call(message, "mediaType") && message.mediaType !== "")
                            writer.uint32(26).string(message.mediaType);
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== "")
                            writer.uint32(34).string(message.ref);
                        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(42).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    DiffRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.diff.v1.DiffRequest();
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
                                    if (!(message.left && message.left.length))
                                        message.left = [];
                                    message.left.push($root.containerd.types.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.right && message.right.length))
                                        message.right = [];
                                    message.right.push($root.containerd.types.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.mediaType = value;
                                    else
                                        delete message.mediaType;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.ref = value;
                                    else
                                        delete message.ref;
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

                    DiffRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.diff.v1.DiffRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.diff.v1.DiffRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.diff.v1.DiffRequest();
                        if (object.left) {
                            if (!$Array.isArray(object.left))
                                throw $TypeError(".containerd.services.diff.v1.DiffRequest.left: array expected");
                            message.left = $Array(object.left.length);
                            for (let i = 0; i < object.left.length; ++i) {
                                if (!$util.isObject(object.left[i]))
                                    throw $TypeError(".containerd.services.diff.v1.DiffRequest.left: object expected");
                                message.left[i] = $root.containerd.types.Mount.fromObject(object.left[i], _depth + 1);
                            }
                        }
                        if (object.right) {
                            if (!$Array.isArray(object.right))
                                throw $TypeError(".containerd.services.diff.v1.DiffRequest.right: array expected");
                            message.right = $Array(object.right.length);
                            for (let i = 0; i < object.right.length; ++i) {
                                if (!$util.isObject(object.right[i]))
                                    throw $TypeError(".containerd.services.diff.v1.DiffRequest.right: object expected");
                                message.right[i] = $root.containerd.types.Mount.fromObject(object.right[i], _depth + 1);
                            }
                        }
                        if (object.mediaType != null)
                            if (typeof object.mediaType !== "string" || object.mediaType.length)
                                message.mediaType = $String(object.mediaType);
                        if (object.ref != null)
                            if (typeof object.ref !== "string" || object.ref.length)
                                message.ref = $String(object.ref);
                        if (object.labels) {
                            if (!$util.isObject(object.labels))
                                throw $TypeError(".containerd.services.diff.v1.DiffRequest.labels: object expected");
                            message.labels = {};
                            for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.labels, keys[i]);
                                message.labels[keys[i]] = $String(object.labels[keys[i]]);
                            }
                        }
                        return message;
                    };

                    DiffRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.left = [];
                            object.right = [];
                        }
                        if (options.objects || options.defaults)
                            object.labels = {};
                        if (options.defaults) {
                            object.mediaType = "";
                            object.ref = "";
                        }
                        if (message.left && message.left.length) {
                            object.left = $Array(message.left.length);
                            for (let j = 0; j < message.left.length; ++j)
                                object.left[j] = $root.containerd.types.Mount.toObject(message.left[j], options, _depth + 1);
                        }
                        if (message.right && message.right.length) {
                            object.right = $Array(message.right.length);
                            for (let j = 0; j < message.right.length; ++j)
                                object.right[j] = $root.containerd.types.Mount.toObject(message.right[j], options, _depth + 1);
                        }
                        if (message.mediaType != null && $Object.hasOwnProperty.call(message, "mediaType"))
                            object.mediaType = message.mediaType;
                        if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                            object.ref = message.ref;
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

                    DiffRequest.prototype.toJSON = function() {
                        return DiffRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return DiffRequest;
                })();

                v1.DiffResponse = (function() {

                    const DiffResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    DiffResponse.prototype.diff = null;

                    DiffResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.diff != null && $Object.hasOwnProperty.call(message, "diff"))
                            $root.containerd.types.Descriptor.encode(message.diff, writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    DiffResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.diff.v1.DiffResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.diff = $root.containerd.types.Descriptor.decode(reader, reader.size(), $undefined, _depth + 1, message.diff);
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

                    DiffResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.diff.v1.DiffResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.diff.v1.DiffResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.diff.v1.DiffResponse();
                        if (object.diff != null) {
                            if (!$util.isObject(object.diff))
                                throw $TypeError(".containerd.services.diff.v1.DiffResponse.diff: object expected");
                            message.diff = $root.containerd.types.Descriptor.fromObject(object.diff, _depth + 1);
                        }
                        return message;
                    };

                    DiffResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.diff = null;
                        if (message.diff != null && $Object.hasOwnProperty.call(message, "diff"))
                            object.diff = $root.containerd.types.Descriptor.toObject(message.diff, options, _depth + 1);
                        return object;
                    };

                    DiffResponse.prototype.toJSON = function() {
                        return DiffResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return DiffResponse;
                })();

                return v1;
            })();

            return diff;
        })();

        return services;
    })();

    containerd.types = (function() {

        const types = {};

        types.Descriptor = (function() {

            const Descriptor = function (properties) {
                this.annotations = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Descriptor.prototype.mediaType = "";
            Descriptor.prototype.digest = "";
            Descriptor.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Descriptor.prototype.annotations = $util.emptyObject;

            Descriptor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mediaType != null && $Object.hasOwnProperty.call(message, "mediaType") && message.mediaType !== "")
                    writer.uint32(10).string(message.mediaType);
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest !== "")
                    writer.uint32(18).string(message.digest);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(24).int64(message.size);
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(42).fork().uint32(10).string(keys[i]).uint32(18).string(message.annotations[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Descriptor.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.containerd.types.Descriptor();
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
                                message.mediaType = value;
                            else
                                delete message.mediaType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.digest = value;
                            else
                                delete message.digest;
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
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
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
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
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

            Descriptor.fromObject = function (object, _depth) {
                if (object instanceof $root.containerd.types.Descriptor)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".containerd.types.Descriptor: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.containerd.types.Descriptor();
                if (object.mediaType != null)
                    if (typeof object.mediaType !== "string" || object.mediaType.length)
                        message.mediaType = $String(object.mediaType);
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
                if (object.annotations) {
                    if (!$util.isObject(object.annotations))
                        throw $TypeError(".containerd.types.Descriptor.annotations: object expected");
                    message.annotations = {};
                    for (let keys = $Object.keys(object.annotations), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.annotations, keys[i]);
                        message.annotations[keys[i]] = $String(object.annotations[keys[i]]);
                    }
                }
                return message;
            };

            Descriptor.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.annotations = {};
                if (options.defaults) {
                    object.mediaType = "";
                    object.digest = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.mediaType != null && $Object.hasOwnProperty.call(message, "mediaType"))
                    object.mediaType = message.mediaType;
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest"))
                    object.digest = message.digest;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, false).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber() : message.size;
                let keys2;
                if (message.annotations && (keys2 = $Object.keys(message.annotations)).length) {
                    object.annotations = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.annotations, keys2[j]);
                        object.annotations[keys2[j]] = message.annotations[keys2[j]];
                    }
                }
                return object;
            };

            Descriptor.prototype.toJSON = function() {
                return Descriptor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Descriptor;
        })();

        types.Mount = (function() {

            const Mount = function (properties) {
                this.options = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Mount.prototype.type = "";
            Mount.prototype.source = "";
            Mount.prototype.target = "";
            Mount.prototype.options = $util.emptyArray;

            Mount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(10).string(message.type);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(18).string(message.source);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(26).string(message.target);
                if (message.options != null && message.options.length)
                    for (let i = 0; i < message.options.length; ++i)
                        writer.uint32(34).string(message.options[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Mount.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.containerd.types.Mount();
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
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.options && message.options.length))
                                message.options = [];
                            message.options.push(reader.stringVerify());
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

            Mount.fromObject = function (object, _depth) {
                if (object instanceof $root.containerd.types.Mount)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".containerd.types.Mount: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.containerd.types.Mount();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.target != null)
                    if (typeof object.target !== "string" || object.target.length)
                        message.target = $String(object.target);
                if (object.options) {
                    if (!$Array.isArray(object.options))
                        throw $TypeError(".containerd.types.Mount.options: array expected");
                    message.options = $Array(object.options.length);
                    for (let i = 0; i < object.options.length; ++i)
                        message.options[i] = $String(object.options[i]);
                }
                return message;
            };

            Mount.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.options = [];
                if (options.defaults) {
                    object.type = "";
                    object.source = "";
                    object.target = "";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                if (message.options && message.options.length) {
                    object.options = $Array(message.options.length);
                    for (let j = 0; j < message.options.length; ++j)
                        object.options[j] = message.options[j];
                }
                return object;
            };

            Mount.prototype.toJSON = function() {
                return Mount.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Mount;
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

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};

export const methods = {"Apply":["containerd.services.diff.v1.ApplyRequest","containerd.services.diff.v1.ApplyResponse"],"Diff":["containerd.services.diff.v1.DiffRequest","containerd.services.diff.v1.DiffResponse"]};
