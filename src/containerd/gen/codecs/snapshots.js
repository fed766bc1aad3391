/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["podctl_snapshots"] || ($protobuf.roots["podctl_snapshots"] = {});

export const containerd = $root.containerd = (() => {

    const containerd = {};

    containerd.services = (function() {

        const services = {};

        services.snapshots = (function() {

            const snapshots = {};

            snapshots.v1 = (function() {

                const v1 = {};

                v1.CleanupRequest = (function() {

                    const CleanupRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CleanupRequest.prototype.snapshotter = "";

                    CleanupRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter") && message.snapshotter !== "")
                            writer.uint32(10).string(message.snapshotter);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CleanupRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.CleanupRequest();
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
                                        message.snapshotter = value;
                                    else
                                        delete message.snapshotter;
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

                    CleanupRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.CleanupRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.CleanupRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.CleanupRequest();
                        if (object.snapshotter != null)
                            if (typeof object.snapshotter !== "string" || object.snapshotter.length)
                                message.snapshotter = $String(object.snapshotter);
                        return message;
                    };

                    CleanupRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.snapshotter = "";
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter"))
                            object.snapshotter = message.snapshotter;
                        return object;
                    };

                    CleanupRequest.prototype.toJSON = function() {
                        return CleanupRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CleanupRequest;
                })();

                v1.CommitSnapshotRequest = (function() {

                    const CommitSnapshotRequest = function (properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CommitSnapshotRequest.prototype.snapshotter = "";
                    CommitSnapshotRequest.prototype.name = "";
                    CommitSnapshotRequest.prototype.key = "";
                    CommitSnapshotRequest.prototype.labels = $util.emptyObject;

                    CommitSnapshotRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter") && message.snapshotter !== "")
                            writer.uint32(10).string(message.snapshotter);
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(18).string(message.name);
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                            writer.uint32(26).string(message.key);
                        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(34).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CommitSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.CommitSnapshotRequest();
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
                                        message.snapshotter = value;
                                    else
                                        delete message.snapshotter;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.key = value;
                                    else
                                        delete message.key;
                                    continue;
                                }
                            case 4: {
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

                    CommitSnapshotRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.CommitSnapshotRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.CommitSnapshotRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.CommitSnapshotRequest();
                        if (object.snapshotter != null)
                            if (typeof object.snapshotter !== "string" || object.snapshotter.length)
                                message.snapshotter = $String(object.snapshotter);
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        if (object.key != null)
                            if (typeof object.key !== "string" || object.key.length)
                                message.key = $String(object.key);
                        if (object.labels) {
                            if (!$util.isObject(object.labels))
                                throw $TypeError(".containerd.services.snapshots.v1.CommitSnapshotRequest.labels: object expected");
                            message.labels = {};
                            for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.labels, keys[i]);
                                message.labels[keys[i]] = $String(object.labels[keys[i]]);
                            }
                        }
                        return message;
                    };

                    CommitSnapshotRequest.toObject = function (message, options, _depth) {
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
                            object.snapshotter = "";
                            object.name = "";
                            object.key = "";
                        }
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter"))
                            object.snapshotter = message.snapshotter;
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            object.key = message.key;
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

                    CommitSnapshotRequest.prototype.toJSON = function() {
                        return CommitSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CommitSnapshotRequest;
                })();

                v1.Info = (function() {

                    const Info = function (properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Info.prototype.name = "";
                    Info.prototype.parent = "";
                    Info.prototype.kind = 0;
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
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(10).string(message.name);
                        if (message.parent != null && $Object.hasOwnProperty.call(message, "parent") && message.parent !== "")
                            writer.uint32(18).string(message.parent);
                        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                            writer.uint32(24).int32(message.kind);
                        if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                            $root.google.protobuf.Timestamp.encode(message.createdAt, writer.uint32(34).fork(), _depth + 1).ldelim();
                        if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                            $root.google.protobuf.Timestamp.encode(message.updatedAt, writer.uint32(42).fork(), _depth + 1).ldelim();
                        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(50).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
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
                        message = _target || new $root.containerd.services.snapshots.v1.Info();
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
                                    if ((value = reader.stringVerify()).length)
                                        message.parent = value;
                                    else
                                        delete message.parent;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.kind = value;
                                    else
                                        delete message.kind;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.createdAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.createdAt);
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.updatedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.updatedAt);
                                    continue;
                                }
                            case 6: {
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
                        if (object instanceof $root.containerd.services.snapshots.v1.Info)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.Info: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.Info();
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        if (object.parent != null)
                            if (typeof object.parent !== "string" || object.parent.length)
                                message.parent = $String(object.parent);
                        if (object.kind !== 0 && (typeof object.kind !== "string" || $root.containerd.services.snapshots.v1.Kind[object.kind] !== 0))
                            switch (object.kind) {
                            case "UNKNOWN":
                            case 0:
                                message.kind = 0;
                                break;
                            case "VIEW":
                            case 1:
                                message.kind = 1;
                                break;
                            case "ACTIVE":
                            case 2:
                                message.kind = 2;
                                break;
                            case "COMMITTED":
                            case 3:
                                message.kind = 3;
                                break;
                            default:
                                if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                    message.kind = object.kind;
                            }
                        if (object.createdAt != null) {
                            if (!$util.isObject(object.createdAt))
                                throw $TypeError(".containerd.services.snapshots.v1.Info.createdAt: object expected");
                            message.createdAt = $root.google.protobuf.Timestamp.fromObject(object.createdAt, _depth + 1);
                        }
                        if (object.updatedAt != null) {
                            if (!$util.isObject(object.updatedAt))
                                throw $TypeError(".containerd.services.snapshots.v1.Info.updatedAt: object expected");
                            message.updatedAt = $root.google.protobuf.Timestamp.fromObject(object.updatedAt, _depth + 1);
                        }
                        if (object.labels) {
                            if (!$util.isObject(object.labels))
                                throw $TypeError(".containerd.services.snapshots.v1.Info.labels: object expected");
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
                            object.name = "";
                            object.parent = "";
                            object.kind = options.enums === $String ? "UNKNOWN" : 0;
                            object.createdAt = null;
                            object.updatedAt = null;
                        }
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                            object.parent = message.parent;
                        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                            object.kind = options.enums === $String ? $root.containerd.services.snapshots.v1.Kind[message.kind] === $undefined ? message.kind : $root.containerd.services.snapshots.v1.Kind[message.kind] : message.kind;
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

                v1.Kind = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "VIEW"] = 1;
                    values[valuesById[2] = "ACTIVE"] = 2;
                    values[valuesById[3] = "COMMITTED"] = 3;
                    return values;
                })();

                v1.ListSnapshotsRequest = (function() {

                    const ListSnapshotsRequest = function (properties) {
                        this.filters = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListSnapshotsRequest.prototype.snapshotter = "";
                    ListSnapshotsRequest.prototype.filters = $util.emptyArray;

                    ListSnapshotsRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter") && message.snapshotter !== "")
                            writer.uint32(10).string(message.snapshotter);
                        if (message.filters != null && message.filters.length)
                            for (let i = 0; i < message.filters.length; ++i)
                                writer.uint32(18).string(message.filters[i]);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ListSnapshotsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.ListSnapshotsRequest();
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
                                        message.snapshotter = value;
                                    else
                                        delete message.snapshotter;
                                    continue;
                                }
                            case 2: {
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

                    ListSnapshotsRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.ListSnapshotsRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.ListSnapshotsRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.ListSnapshotsRequest();
                        if (object.snapshotter != null)
                            if (typeof object.snapshotter !== "string" || object.snapshotter.length)
                                message.snapshotter = $String(object.snapshotter);
                        if (object.filters) {
                            if (!$Array.isArray(object.filters))
                                throw $TypeError(".containerd.services.snapshots.v1.ListSnapshotsRequest.filters: array expected");
                            message.filters = $Array(object.filters.length);
                            for (let i = 0; i < object.filters.length; ++i)
                                message.filters[i] = $String(object.filters[i]);
                        }
                        return message;
                    };

                    ListSnapshotsRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.filters = [];
                        if (options.defaults)
                            object.snapshotter = "";
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter"))
                            object.snapshotter = message.snapshotter;
                        if (message.filters && message.filters.length) {
                            object.filters = $Array(message.filters.length);
                            for (let j = 0; j < message.filters.length; ++j)
                                object.filters[j] = message.filters[j];
                        }
                        return object;
                    };

                    ListSnapshotsRequest.prototype.toJSON = function() {
                        return ListSnapshotsRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListSnapshotsRequest;
                })();

                v1.ListSnapshotsResponse = (function() {

                    const ListSnapshotsResponse = function (properties) {
                        this.info = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListSnapshotsResponse.prototype.info = $util.emptyArray;

                    ListSnapshotsResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.info != null && message.info.length)
                            for (let i = 0; i < message.info.length; ++i)
                                $root.containerd.services.snapshots.v1.Info.encode(message.info[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ListSnapshotsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.ListSnapshotsResponse();
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
                                    message.info.push($root.containerd.services.snapshots.v1.Info.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    ListSnapshotsResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.ListSnapshotsResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.ListSnapshotsResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.ListSnapshotsResponse();
                        if (object.info) {
                            if (!$Array.isArray(object.info))
                                throw $TypeError(".containerd.services.snapshots.v1.ListSnapshotsResponse.info: array expected");
                            message.info = $Array(object.info.length);
                            for (let i = 0; i < object.info.length; ++i) {
                                if (!$util.isObject(object.info[i]))
                                    throw $TypeError(".containerd.services.snapshots.v1.ListSnapshotsResponse.info: object expected");
                                message.info[i] = $root.containerd.services.snapshots.v1.Info.fromObject(object.info[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    ListSnapshotsResponse.toObject = function (message, options, _depth) {
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
                                object.info[j] = $root.containerd.services.snapshots.v1.Info.toObject(message.info[j], options, _depth + 1);
                        }
                        return object;
                    };

                    ListSnapshotsResponse.prototype.toJSON = function() {
                        return ListSnapshotsResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListSnapshotsResponse;
                })();

                v1.MountsRequest = (function() {

                    const MountsRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    MountsRequest.prototype.snapshotter = "";
                    MountsRequest.prototype.key = "";

                    MountsRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter") && message.snapshotter !== "")
                            writer.uint32(10).string(message.snapshotter);
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                            writer.uint32(18).string(message.key);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    MountsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.MountsRequest();
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
                                        message.snapshotter = value;
                                    else
                                        delete message.snapshotter;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.key = value;
                                    else
                                        delete message.key;
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

                    MountsRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.MountsRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.MountsRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.MountsRequest();
                        if (object.snapshotter != null)
                            if (typeof object.snapshotter !== "string" || object.snapshotter.length)
                                message.snapshotter = $String(object.snapshotter);
                        if (object.key != null)
                            if (typeof object.key !== "string" || object.key.length)
                                message.key = $String(object.key);
                        return message;
                    };

                    MountsRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.snapshotter = "";
                            object.key = "";
                        }
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter"))
                            object.snapshotter = message.snapshotter;
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            object.key = message.key;
                        return object;
                    };

                    MountsRequest.prototype.toJSON = function() {
                        return MountsRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return MountsRequest;
                })();

                v1.MountsResponse = (function() {

                    const MountsResponse = function (properties) {
                        this.mounts = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    MountsResponse.prototype.mounts = $util.emptyArray;

                    MountsResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.mounts != null && message.mounts.length)
                            for (let i = 0; i < message.mounts.length; ++i)
                                $root.containerd.types.Mount.encode(message.mounts[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    MountsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.MountsResponse();
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
                                    if (!(message.mounts && message.mounts.length))
                                        message.mounts = [];
                                    message.mounts.push($root.containerd.types.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    MountsResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.MountsResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.MountsResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.MountsResponse();
                        if (object.mounts) {
                            if (!$Array.isArray(object.mounts))
                                throw $TypeError(".containerd.services.snapshots.v1.MountsResponse.mounts: array expected");
                            message.mounts = $Array(object.mounts.length);
                            for (let i = 0; i < object.mounts.length; ++i) {
                                if (!$util.isObject(object.mounts[i]))
                                    throw $TypeError(".containerd.services.snapshots.v1.MountsResponse.mounts: object expected");
                                message.mounts[i] = $root.containerd.types.Mount.fromObject(object.mounts[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    MountsResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.mounts = [];
                        if (message.mounts && message.mounts.length) {
                            object.mounts = $Array(message.mounts.length);
                            for (let j = 0; j < message.mounts.length; ++j)
                                object.mounts[j] = $root.containerd.types.Mount.toObject(message.mounts[j], options, _depth + 1);
                        }
                        return object;
                    };

                    MountsResponse.prototype.toJSON = function() {
                        return MountsResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return MountsResponse;
                })();

                v1.PrepareSnapshotRequest = (function() {

                    const PrepareSnapshotRequest = function (properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PrepareSnapshotRequest.prototype.snapshotter = "";
                    PrepareSnapshotRequest.prototype.key = "";
                    PrepareSnapshotRequest.prototype.parent = "";
                    PrepareSnapshotRequest.prototype.labels = $util.emptyObject;

                    PrepareSnapshotRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter") && message.snapshotter !== "")
                            writer.uint32(10).string(message.snapshotter);
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                            writer.uint32(18).string(message.key);
                        if (message.parent != null && $Object.hasOwnProperty.call(message, "parent") && message.parent !== "")
                            writer.uint32(26).string(message.parent);
                        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(34).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PrepareSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.PrepareSnapshotRequest();
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
                                        message.snapshotter = value;
                                    else
                                        delete message.snapshotter;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.key = value;
                                    else
                                        delete message.key;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.parent = value;
                                    else
                                        delete message.parent;
                                    continue;
                                }
                            case 4: {
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

                    PrepareSnapshotRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.PrepareSnapshotRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.PrepareSnapshotRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.PrepareSnapshotRequest();
                        if (object.snapshotter != null)
                            if (typeof object.snapshotter !== "string" || object.snapshotter.length)
                                message.snapshotter = $String(object.snapshotter);
                        if (object.key != null)
                            if (typeof object.key !== "string" || object.key.length)
                                message.key = $String(object.key);
                        if (object.parent != null)
                            if (typeof object.parent !== "string" || object.parent.length)
                                message.parent = $String(object.parent);
                        if (object.labels) {
                            if (!$util.isObject(object.labels))
                                throw $TypeError(".containerd.services.snapshots.v1.PrepareSnapshotRequest.labels: object expected");
                            message.labels = {};
                            for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.labels, keys[i]);
                                message.labels[keys[i]] = $String(object.labels[keys[i]]);
                            }
                        }
                        return message;
                    };

                    PrepareSnapshotRequest.toObject = function (message, options, _depth) {
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
                            object.snapshotter = "";
                            object.key = "";
                            object.parent = "";
                        }
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter"))
                            object.snapshotter = message.snapshotter;
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            object.key = message.key;
                        if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                            object.parent = message.parent;
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

                    PrepareSnapshotRequest.prototype.toJSON = function() {
                        return PrepareSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return PrepareSnapshotRequest;
                })();

                v1.PrepareSnapshotResponse = (function() {

                    const PrepareSnapshotResponse = function (properties) {
                        this.mounts = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PrepareSnapshotResponse.prototype.mounts = $util.emptyArray;

                    PrepareSnapshotResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.mounts != null && message.mounts.length)
                            for (let i = 0; i < message.mounts.length; ++i)
                                $root.containerd.types.Mount.encode(message.mounts[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PrepareSnapshotResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.PrepareSnapshotResponse();
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
                                    if (!(message.mounts && message.mounts.length))
                                        message.mounts = [];
                                    message.mounts.push($root.containerd.types.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    PrepareSnapshotResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.PrepareSnapshotResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.PrepareSnapshotResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.PrepareSnapshotResponse();
                        if (object.mounts) {
                            if (!$Array.isArray(object.mounts))
                                throw $TypeError(".containerd.services.snapshots.v1.PrepareSnapshotResponse.mounts: array expected");
                            message.mounts = $Array(object.mounts.length);
                            for (let i = 0; i < object.mounts.length; ++i) {
                                if (!$util.isObject(object.mounts[i]))
                                    throw $TypeError(".containerd.services.snapshots.v1.PrepareSnapshotResponse.mounts: object expected");
                                message.mounts[i] = $root.containerd.types.Mount.fromObject(object.mounts[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    PrepareSnapshotResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.mounts = [];
                        if (message.mounts && message.mounts.length) {
                            object.mounts = $Array(message.mounts.length);
                            for (let j = 0; j < message.mounts.length; ++j)
                                object.mounts[j] = $root.containerd.types.Mount.toObject(message.mounts[j], options, _depth + 1);
                        }
                        return object;
                    };

                    PrepareSnapshotResponse.prototype.toJSON = function() {
                        return PrepareSnapshotResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return PrepareSnapshotResponse;
                })();

                v1.RemoveSnapshotRequest = (function() {

                    const RemoveSnapshotRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    RemoveSnapshotRequest.prototype.snapshotter = "";
                    RemoveSnapshotRequest.prototype.key = "";

                    RemoveSnapshotRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter") && message.snapshotter !== "")
                            writer.uint32(10).string(message.snapshotter);
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                            writer.uint32(18).string(message.key);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    RemoveSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.RemoveSnapshotRequest();
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
                                        message.snapshotter = value;
                                    else
                                        delete message.snapshotter;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.key = value;
                                    else
                                        delete message.key;
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

                    RemoveSnapshotRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.RemoveSnapshotRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.RemoveSnapshotRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.RemoveSnapshotRequest();
                        if (object.snapshotter != null)
                            if (typeof object.snapshotter !== "string" || object.snapshotter.length)
                                message.snapshotter = $String(object.snapshotter);
                        if (object.key != null)
                            if (typeof object.key !== "string" || object.key.length)
                                message.key = $String(object.key);
                        return message;
                    };

                    RemoveSnapshotRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.snapshotter = "";
                            object.key = "";
                        }
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter"))
                            object.snapshotter = message.snapshotter;
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            object.key = message.key;
                        return object;
                    };

                    RemoveSnapshotRequest.prototype.toJSON = function() {
                        return RemoveSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return RemoveSnapshotRequest;
                })();

                v1.StatSnapshotRequest = (function() {

                    const StatSnapshotRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    StatSnapshotRequest.prototype.snapshotter = "";
                    StatSnapshotRequest.prototype.key = "";

                    StatSnapshotRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter") && message.snapshotter !== "")
                            writer.uint32(10).string(message.snapshotter);
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                            writer.uint32(18).string(message.key);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    StatSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.StatSnapshotRequest();
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
                                        message.snapshotter = value;
                                    else
                                        delete message.snapshotter;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.key = value;
                                    else
                                        delete message.key;
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

                    StatSnapshotRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.StatSnapshotRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.StatSnapshotRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.StatSnapshotRequest();
                        if (object.snapshotter != null)
                            if (typeof object.snapshotter !== "string" || object.snapshotter.length)
                                message.snapshotter = $String(object.snapshotter);
                        if (object.key != null)
                            if (typeof object.key !== "string" || object.key.length)
                                message.key = $String(object.key);
                        return message;
                    };

                    StatSnapshotRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.snapshotter = "";
                            object.key = "";
                        }
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter"))
                            object.snapshotter = message.snapshotter;
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            object.key = message.key;
                        return object;
                    };

                    StatSnapshotRequest.prototype.toJSON = function() {
                        return StatSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return StatSnapshotRequest;
                })();

                v1.StatSnapshotResponse = (function() {

                    const StatSnapshotResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    StatSnapshotResponse.prototype.info = null;

                    StatSnapshotResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                            $root.containerd.services.snapshots.v1.Info.encode(message.info, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    StatSnapshotResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.StatSnapshotResponse();
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
                                    message.info = $root.containerd.services.snapshots.v1.Info.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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

                    StatSnapshotResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.StatSnapshotResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.StatSnapshotResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.StatSnapshotResponse();
                        if (object.info != null) {
                            if (!$util.isObject(object.info))
                                throw $TypeError(".containerd.services.snapshots.v1.StatSnapshotResponse.info: object expected");
                            message.info = $root.containerd.services.snapshots.v1.Info.fromObject(object.info, _depth + 1);
                        }
                        return message;
                    };

                    StatSnapshotResponse.toObject = function (message, options, _depth) {
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
                            object.info = $root.containerd.services.snapshots.v1.Info.toObject(message.info, options, _depth + 1);
                        return object;
                    };

                    StatSnapshotResponse.prototype.toJSON = function() {
                        return StatSnapshotResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return StatSnapshotResponse;
                })();

                v1.UpdateSnapshotRequest = (function() {

                    const UpdateSnapshotRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    UpdateSnapshotRequest.prototype.snapshotter = "";
                    UpdateSnapshotRequest.prototype.info = null;
                    UpdateSnapshotRequest.prototype.updateMask = null;

                    UpdateSnapshotRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter") && message.snapshotter !== "")
                            writer.uint32(10).string(message.snapshotter);
                        if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                            $root.containerd.services.snapshots.v1.Info.encode(message.info, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.updateMask != null && $Object.hasOwnProperty.call(message, "updateMask"))
                            $root.google.protobuf.FieldMask.encode(message.updateMask, writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    UpdateSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.UpdateSnapshotRequest();
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
                                        message.snapshotter = value;
                                    else
                                        delete message.snapshotter;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.info = $root.containerd.services.snapshots.v1.Info.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                                    continue;
                                }
                            case 3: {
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

                    UpdateSnapshotRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.UpdateSnapshotRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.UpdateSnapshotRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.UpdateSnapshotRequest();
                        if (object.snapshotter != null)
                            if (typeof object.snapshotter !== "string" || object.snapshotter.length)
                                message.snapshotter = $String(object.snapshotter);
                        if (object.info != null) {
                            if (!$util.isObject(object.info))
                                throw $TypeError(".containerd.services.snapshots.v1.UpdateSnapshotRequest.info: object expected");
                            message.info = $root.containerd.services.snapshots.v1.Info.fromObject(object.info, _depth + 1);
                        }
                        if (object.updateMask != null) {
                            if (!$util.isObject(object.updateMask))
                                throw $TypeError(".containerd.services.snapshots.v1.UpdateSnapshotRequest.updateMask: object expected");
                            message.updateMask = $root.google.protobuf.FieldMask.fromObject(object.updateMask, _depth + 1);
                        }
                        return message;
                    };

                    UpdateSnapshotRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.snapshotter = "";
                            object.info = null;
                            object.updateMask = null;
                        }
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter"))
                            object.snapshotter = message.snapshotter;
                        if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                            object.info = $root.containerd.services.snapshots.v1.Info.toObject(message.info, options, _depth + 1);
                        if (message.updateMask != null && $Object.hasOwnProperty.call(message, "updateMask"))
                            object.updateMask = $root.google.protobuf.FieldMask.toObject(message.updateMask, options, _depth + 1);
                        return object;
                    };

                    UpdateSnapshotRequest.prototype.toJSON = function() {
                        return UpdateSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return UpdateSnapshotRequest;
                })();

                v1.UpdateSnapshotResponse = (function() {

                    const UpdateSnapshotResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    UpdateSnapshotResponse.prototype.info = null;

                    UpdateSnapshotResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                            $root.containerd.services.snapshots.v1.Info.encode(message.info, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    UpdateSnapshotResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.UpdateSnapshotResponse();
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
                                    message.info = $root.containerd.services.snapshots.v1.Info.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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

                    UpdateSnapshotResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.UpdateSnapshotResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.UpdateSnapshotResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.UpdateSnapshotResponse();
                        if (object.info != null) {
                            if (!$util.isObject(object.info))
                                throw $TypeError(".containerd.services.snapshots.v1.UpdateSnapshotResponse.info: object expected");
                            message.info = $root.containerd.services.snapshots.v1.Info.fromObject(object.info, _depth + 1);
                        }
                        return message;
                    };

                    UpdateSnapshotResponse.toObject = function (message, options, _depth) {
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
                            object.info = $root.containerd.services.snapshots.v1.Info.toObject(message.info, options, _depth + 1);
                        return object;
                    };

                    UpdateSnapshotResponse.prototype.toJSON = function() {
                        return UpdateSnapshotResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return UpdateSnapshotResponse;
                })();

                v1.UsageRequest = (function() {

                    const UsageRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    UsageRequest.prototype.snapshotter = "";
                    UsageRequest.prototype.key = "";

                    UsageRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter") && message.snapshotter !== "")
                            writer.uint32(10).string(message.snapshotter);
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                            writer.uint32(18).string(message.key);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    UsageRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.UsageRequest();
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
                                        message.snapshotter = value;
                                    else
                                        delete message.snapshotter;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.key = value;
                                    else
                                        delete message.key;
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

                    UsageRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.UsageRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.UsageRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.UsageRequest();
                        if (object.snapshotter != null)
                            if (typeof object.snapshotter !== "string" || object.snapshotter.length)
                                message.snapshotter = $String(object.snapshotter);
                        if (object.key != null)
                            if (typeof object.key !== "string" || object.key.length)
                                message.key = $String(object.key);
                        return message;
                    };

                    UsageRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.snapshotter = "";
                            object.key = "";
                        }
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter"))
                            object.snapshotter = message.snapshotter;
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            object.key = message.key;
                        return object;
                    };

                    UsageRequest.prototype.toJSON = function() {
                        return UsageRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return UsageRequest;
                })();

                v1.UsageResponse = (function() {

                    const UsageResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    UsageResponse.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    UsageResponse.prototype.inodes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    UsageResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                            writer.uint32(8).int64(message.size);
                        if (message.inodes != null && $Object.hasOwnProperty.call(message, "inodes") && (typeof message.inodes === "object" ? message.inodes.low || message.inodes.high : message.inodes !== 0))
                            writer.uint32(16).int64(message.inodes);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    UsageResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.UsageResponse();
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
                                        message.size = value;
                                    else
                                        delete message.size;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.inodes = value;
                                    else
                                        delete message.inodes;
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

                    UsageResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.UsageResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.UsageResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.UsageResponse();
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
                        if (object.inodes != null)
                            if (typeof object.inodes === "object" ? object.inodes.low || object.inodes.high : $Number(object.inodes) !== 0)
                                if ($util.Long)
                                    message.inodes = $util.Long.fromValue(object.inodes, false);
                                else if (typeof object.inodes === "string")
                                    message.inodes = $parseInt(object.inodes, 10);
                                else if (typeof object.inodes === "number")
                                    message.inodes = object.inodes;
                                else if (typeof object.inodes === "object")
                                    message.inodes = new $util.LongBits(object.inodes.low >>> 0, object.inodes.high >>> 0).toNumber();
                        return message;
                    };

                    UsageResponse.toObject = function (message, options, _depth) {
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
                                object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.inodes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.inodes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, false).toBigInt();
                            else if (typeof message.size === "number")
                                object.size = options.longs === $String ? $String(message.size) : message.size;
                            else
                                object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber() : message.size;
                        if (message.inodes != null && $Object.hasOwnProperty.call(message, "inodes"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.inodes = typeof message.inodes === "number" ? $BigInt(message.inodes) : $util.Long.fromBits(message.inodes.low >>> 0, message.inodes.high >>> 0, false).toBigInt();
                            else if (typeof message.inodes === "number")
                                object.inodes = options.longs === $String ? $String(message.inodes) : message.inodes;
                            else
                                object.inodes = options.longs === $String ? $util.Long.prototype.toString.call(message.inodes) : options.longs === $Number ? new $util.LongBits(message.inodes.low >>> 0, message.inodes.high >>> 0).toNumber() : message.inodes;
                        return object;
                    };

                    UsageResponse.prototype.toJSON = function() {
                        return UsageResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return UsageResponse;
                })();

                v1.ViewSnapshotRequest = (function() {

                    const ViewSnapshotRequest = function (properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ViewSnapshotRequest.prototype.snapshotter = "";
                    ViewSnapshotRequest.prototype.key = "";
                    ViewSnapshotRequest.prototype.parent = "";
                    ViewSnapshotRequest.prototype.labels = $util.emptyObject;

                    ViewSnapshotRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter") && message.snapshotter !== "")
                            writer.uint32(10).string(message.snapshotter);
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                            writer.uint32(18).string(message.key);
                        if (message.parent != null && $Object.hasOwnProperty.call(message, "parent") && message.parent !== "")
                            writer.uint32(26).string(message.parent);
                        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(34).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ViewSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.ViewSnapshotRequest();
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
                                        message.snapshotter = value;
                                    else
                                        delete message.snapshotter;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.key = value;
                                    else
                                        delete message.key;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.parent = value;
                                    else
                                        delete message.parent;
                                    continue;
                                }
                            case 4: {
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

                    ViewSnapshotRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.ViewSnapshotRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.ViewSnapshotRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.ViewSnapshotRequest();
                        if (object.snapshotter != null)
                            if (typeof object.snapshotter !== "string" || object.snapshotter.length)
                                message.snapshotter = $String(object.snapshotter);
                        if (object.key != null)
                            if (typeof object.key !== "string" || object.key.length)
                                message.key = $String(object.key);
                        if (object.parent != null)
                            if (typeof object.parent !== "string" || object.parent.length)
                                message.parent = $String(object.parent);
                        if (object.labels) {
                            if (!$util.isObject(object.labels))
                                throw $TypeError(".containerd.services.snapshots.v1.ViewSnapshotRequest.labels: object expected");
                            message.labels = {};
                            for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.labels, keys[i]);
                                message.labels[keys[i]] = $String(object.labels[keys[i]]);
                            }
                        }
                        return message;
                    };

                    ViewSnapshotRequest.toObject = function (message, options, _depth) {
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
                            object.snapshotter = "";
                            object.key = "";
                            object.parent = "";
                        }
                        if (message.snapshotter != null && $Object.hasOwnProperty.call(message, "snapshotter"))
                            object.snapshotter = message.snapshotter;
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            object.key = message.key;
                        if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                            object.parent = message.parent;
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

                    ViewSnapshotRequest.prototype.toJSON = function() {
                        return ViewSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ViewSnapshotRequest;
                })();

                v1.ViewSnapshotResponse = (function() {

                    const ViewSnapshotResponse = function (properties) {
                        this.mounts = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ViewSnapshotResponse.prototype.mounts = $util.emptyArray;

                    ViewSnapshotResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.mounts != null && message.mounts.length)
                            for (let i = 0; i < message.mounts.length; ++i)
                                $root.containerd.types.Mount.encode(message.mounts[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ViewSnapshotResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.snapshots.v1.ViewSnapshotResponse();
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
                                    if (!(message.mounts && message.mounts.length))
                                        message.mounts = [];
                                    message.mounts.push($root.containerd.types.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    ViewSnapshotResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.snapshots.v1.ViewSnapshotResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.snapshots.v1.ViewSnapshotResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.snapshots.v1.ViewSnapshotResponse();
                        if (object.mounts) {
                            if (!$Array.isArray(object.mounts))
                                throw $TypeError(".containerd.services.snapshots.v1.ViewSnapshotResponse.mounts: array expected");
                            message.mounts = $Array(object.mounts.length);
                            for (let i = 0; i < object.mounts.length; ++i) {
                                if (!$util.isObject(object.mounts[i]))
                                    throw $TypeError(".containerd.services.snapshots.v1.ViewSnapshotResponse.mounts: object expected");
                                message.mounts[i] = $root.containerd.types.Mount.fromObject(object.mounts[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    ViewSnapshotResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.mounts = [];
                        if (message.mounts && message.mounts.length) {
                            object.mounts = $Array(message.mounts.length);
                            for (let j = 0; j < message.mounts.length; ++j)
                                object.mounts[j] = $root.containerd.types.Mount.toObject(message.mounts[j], options, _depth + 1);
                        }
                        return object;
                    };

                    ViewSnapshotResponse.prototype.toJSON = function() {
                        return ViewSnapshotResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ViewSnapshotResponse;
                })();

                return v1;
            })();

            return snapshots;
        })();

        return services;
    })();

    containerd.types = (function() {

        const types = {};

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

export const methods = {"Prepare":["containerd.services.snapshots.v1.PrepareSnapshotRequest","containerd.services.snapshots.v1.PrepareSnapshotResponse"],"View":["containerd.services.snapshots.v1.ViewSnapshotRequest","containerd.services.snapshots.v1.ViewSnapshotResponse"],"Mounts":["containerd.services.snapshots.v1.MountsRequest","containerd.services.snapshots.v1.MountsResponse"],"Commit":["containerd.services.snapshots.v1.CommitSnapshotRequest","google.protobuf.Empty"],"Remove":["containerd.services.snapshots.v1.RemoveSnapshotRequest","google.protobuf.Empty"],"Stat":["containerd.services.snapshots.v1.StatSnapshotRequest","containerd.services.snapshots.v1.StatSnapshotResponse"],"Update":["containerd.services.snapshots.v1.UpdateSnapshotRequest","containerd.services.snapshots.v1.UpdateSnapshotResponse"],"List":["containerd.services.snapshots.v1.ListSnapshotsRequest","containerd.services.snapshots.v1.ListSnapshotsResponse"],"Usage":["containerd.services.snapshots.v1.UsageRequest","containerd.services.snapshots.v1.UsageResponse"],"Cleanup":["containerd.services.snapshots.v1.CleanupRequest","google.protobuf.Empty"]};
