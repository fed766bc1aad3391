/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

const $root = $protobuf.roots["podctl_cgroup_metrics"] || ($protobuf.roots["podctl_cgroup_metrics"] = {});

export const io = $root.io = (() => {

    const io = {};

    io.containerd = (function() {

        const containerd = {};

        containerd.cgroups = (function() {

            const cgroups = {};

            cgroups.v1 = (function() {

                const v1 = {};

                v1.BlkIOEntry = (function() {

                    const BlkIOEntry = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    BlkIOEntry.prototype.op = "";
                    BlkIOEntry.prototype.device = "";
                    BlkIOEntry.prototype.major = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    BlkIOEntry.prototype.minor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    BlkIOEntry.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    BlkIOEntry.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== "")
                            writer.uint32(10).string(message.op);
                        if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                            writer.uint32(18).string(message.device);
                        if (message.major != null && $Object.hasOwnProperty.call(message, "major") && (typeof message.major === "object" ? message.major.low || message.major.high : message.major !== 0))
                            writer.uint32(24).uint64(message.major);
                        if (message.minor != null && $Object.hasOwnProperty.call(message, "minor") && (typeof message.minor === "object" ? message.minor.low || message.minor.high : message.minor !== 0))
                            writer.uint32(32).uint64(message.minor);
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                            writer.uint32(40).uint64(message.value);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    BlkIOEntry.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v1.BlkIOEntry();
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
                                        message.op = value;
                                    else
                                        delete message.op;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.device = value;
                                    else
                                        delete message.device;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.major = value;
                                    else
                                        delete message.major;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.minor = value;
                                    else
                                        delete message.minor;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.value = value;
                                    else
                                        delete message.value;
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

                    BlkIOEntry.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v1.BlkIOEntry)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v1.BlkIOEntry: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v1.BlkIOEntry();
                        if (object.op != null)
                            if (typeof object.op !== "string" || object.op.length)
                                message.op = $String(object.op);
                        if (object.device != null)
                            if (typeof object.device !== "string" || object.device.length)
                                message.device = $String(object.device);
                        if (object.major != null)
                            if (typeof object.major === "object" ? object.major.low || object.major.high : $Number(object.major) !== 0)
                                if ($util.Long)
                                    message.major = $util.Long.fromValue(object.major, true);
                                else if (typeof object.major === "string")
                                    message.major = $parseInt(object.major, 10);
                                else if (typeof object.major === "number")
                                    message.major = object.major;
                                else if (typeof object.major === "object")
                                    message.major = new $util.LongBits(object.major.low >>> 0, object.major.high >>> 0).toNumber(true);
                        if (object.minor != null)
                            if (typeof object.minor === "object" ? object.minor.low || object.minor.high : $Number(object.minor) !== 0)
                                if ($util.Long)
                                    message.minor = $util.Long.fromValue(object.minor, true);
                                else if (typeof object.minor === "string")
                                    message.minor = $parseInt(object.minor, 10);
                                else if (typeof object.minor === "number")
                                    message.minor = object.minor;
                                else if (typeof object.minor === "object")
                                    message.minor = new $util.LongBits(object.minor.low >>> 0, object.minor.high >>> 0).toNumber(true);
                        if (object.value != null)
                            if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                                if ($util.Long)
                                    message.value = $util.Long.fromValue(object.value, true);
                                else if (typeof object.value === "string")
                                    message.value = $parseInt(object.value, 10);
                                else if (typeof object.value === "number")
                                    message.value = object.value;
                                else if (typeof object.value === "object")
                                    message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber(true);
                        return message;
                    };

                    BlkIOEntry.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.op = "";
                            object.device = "";
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.major = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.major = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.minor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.minor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                            object.op = message.op;
                        if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                            object.device = message.device;
                        if (message.major != null && $Object.hasOwnProperty.call(message, "major"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.major = typeof message.major === "number" ? $BigInt(message.major) : $util.Long.fromBits(message.major.low >>> 0, message.major.high >>> 0, true).toBigInt();
                            else if (typeof message.major === "number")
                                object.major = options.longs === $String ? $String(message.major) : message.major;
                            else
                                object.major = options.longs === $String ? $util.Long.prototype.toString.call(message.major) : options.longs === $Number ? new $util.LongBits(message.major.low >>> 0, message.major.high >>> 0).toNumber(true) : message.major;
                        if (message.minor != null && $Object.hasOwnProperty.call(message, "minor"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.minor = typeof message.minor === "number" ? $BigInt(message.minor) : $util.Long.fromBits(message.minor.low >>> 0, message.minor.high >>> 0, true).toBigInt();
                            else if (typeof message.minor === "number")
                                object.minor = options.longs === $String ? $String(message.minor) : message.minor;
                            else
                                object.minor = options.longs === $String ? $util.Long.prototype.toString.call(message.minor) : options.longs === $Number ? new $util.LongBits(message.minor.low >>> 0, message.minor.high >>> 0).toNumber(true) : message.minor;
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, true).toBigInt();
                            else if (typeof message.value === "number")
                                object.value = options.longs === $String ? $String(message.value) : message.value;
                            else
                                object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber(true) : message.value;
                        return object;
                    };

                    BlkIOEntry.prototype.toJSON = function() {
                        return BlkIOEntry.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return BlkIOEntry;
                })();

                v1.BlkIOStat = (function() {

                    const BlkIOStat = function (properties) {
                        this.ioServiceBytesRecursive = [];
                        this.ioServicedRecursive = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    BlkIOStat.prototype.ioServiceBytesRecursive = $util.emptyArray;
                    BlkIOStat.prototype.ioServicedRecursive = $util.emptyArray;

                    BlkIOStat.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.ioServiceBytesRecursive != null && message.ioServiceBytesRecursive.length)
                            for (let i = 0; i < message.ioServiceBytesRecursive.length; ++i)
                                $root.io.containerd.cgroups.v1.BlkIOEntry.encode(message.ioServiceBytesRecursive[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.ioServicedRecursive != null && message.ioServicedRecursive.length)
                            for (let i = 0; i < message.ioServicedRecursive.length; ++i)
                                $root.io.containerd.cgroups.v1.BlkIOEntry.encode(message.ioServicedRecursive[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    BlkIOStat.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v1.BlkIOStat();
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
                                    if (!(message.ioServiceBytesRecursive && message.ioServiceBytesRecursive.length))
                                        message.ioServiceBytesRecursive = [];
                                    message.ioServiceBytesRecursive.push($root.io.containerd.cgroups.v1.BlkIOEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.ioServicedRecursive && message.ioServicedRecursive.length))
                                        message.ioServicedRecursive = [];
                                    message.ioServicedRecursive.push($root.io.containerd.cgroups.v1.BlkIOEntry.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    BlkIOStat.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v1.BlkIOStat)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v1.BlkIOStat: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v1.BlkIOStat();
                        if (object.ioServiceBytesRecursive) {
                            if (!$Array.isArray(object.ioServiceBytesRecursive))
                                throw $TypeError(".io.containerd.cgroups.v1.BlkIOStat.ioServiceBytesRecursive: array expected");
                            message.ioServiceBytesRecursive = $Array(object.ioServiceBytesRecursive.length);
                            for (let i = 0; i < object.ioServiceBytesRecursive.length; ++i) {
                                if (!$util.isObject(object.ioServiceBytesRecursive[i]))
                                    throw $TypeError(".io.containerd.cgroups.v1.BlkIOStat.ioServiceBytesRecursive: object expected");
                                message.ioServiceBytesRecursive[i] = $root.io.containerd.cgroups.v1.BlkIOEntry.fromObject(object.ioServiceBytesRecursive[i], _depth + 1);
                            }
                        }
                        if (object.ioServicedRecursive) {
                            if (!$Array.isArray(object.ioServicedRecursive))
                                throw $TypeError(".io.containerd.cgroups.v1.BlkIOStat.ioServicedRecursive: array expected");
                            message.ioServicedRecursive = $Array(object.ioServicedRecursive.length);
                            for (let i = 0; i < object.ioServicedRecursive.length; ++i) {
                                if (!$util.isObject(object.ioServicedRecursive[i]))
                                    throw $TypeError(".io.containerd.cgroups.v1.BlkIOStat.ioServicedRecursive: object expected");
                                message.ioServicedRecursive[i] = $root.io.containerd.cgroups.v1.BlkIOEntry.fromObject(object.ioServicedRecursive[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    BlkIOStat.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.ioServiceBytesRecursive = [];
                            object.ioServicedRecursive = [];
                        }
                        if (message.ioServiceBytesRecursive && message.ioServiceBytesRecursive.length) {
                            object.ioServiceBytesRecursive = $Array(message.ioServiceBytesRecursive.length);
                            for (let j = 0; j < message.ioServiceBytesRecursive.length; ++j)
                                object.ioServiceBytesRecursive[j] = $root.io.containerd.cgroups.v1.BlkIOEntry.toObject(message.ioServiceBytesRecursive[j], options, _depth + 1);
                        }
                        if (message.ioServicedRecursive && message.ioServicedRecursive.length) {
                            object.ioServicedRecursive = $Array(message.ioServicedRecursive.length);
                            for (let j = 0; j < message.ioServicedRecursive.length; ++j)
                                object.ioServicedRecursive[j] = $root.io.containerd.cgroups.v1.BlkIOEntry.toObject(message.ioServicedRecursive[j], options, _depth + 1);
                        }
                        return object;
                    };

                    BlkIOStat.prototype.toJSON = function() {
                        return BlkIOStat.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return BlkIOStat;
                })();

                v1.CPUStat = (function() {

                    const CPUStat = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CPUStat.prototype.usage = null;

                    CPUStat.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                            $root.io.containerd.cgroups.v1.CPUUsage.encode(message.usage, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CPUStat.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v1.CPUStat();
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
                                    message.usage = $root.io.containerd.cgroups.v1.CPUUsage.decode(reader, reader.size(), $undefined, _depth + 1, message.usage);
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

                    CPUStat.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v1.CPUStat)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v1.CPUStat: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v1.CPUStat();
                        if (object.usage != null) {
                            if (!$util.isObject(object.usage))
                                throw $TypeError(".io.containerd.cgroups.v1.CPUStat.usage: object expected");
                            message.usage = $root.io.containerd.cgroups.v1.CPUUsage.fromObject(object.usage, _depth + 1);
                        }
                        return message;
                    };

                    CPUStat.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.usage = null;
                        if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                            object.usage = $root.io.containerd.cgroups.v1.CPUUsage.toObject(message.usage, options, _depth + 1);
                        return object;
                    };

                    CPUStat.prototype.toJSON = function() {
                        return CPUStat.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CPUStat;
                })();

                v1.CPUUsage = (function() {

                    const CPUUsage = function (properties) {
                        this.perCpu = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CPUUsage.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    CPUUsage.prototype.kernel = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    CPUUsage.prototype.user = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    CPUUsage.prototype.perCpu = $util.emptyArray;

                    CPUUsage.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                            writer.uint32(8).uint64(message.total);
                        if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel") && (typeof message.kernel === "object" ? message.kernel.low || message.kernel.high : message.kernel !== 0))
                            writer.uint32(16).uint64(message.kernel);
                        if (message.user != null && $Object.hasOwnProperty.call(message, "user") && (typeof message.user === "object" ? message.user.low || message.user.high : message.user !== 0))
                            writer.uint32(24).uint64(message.user);
                        if (message.perCpu != null && message.perCpu.length)
                            writer.uint32(34).uint64s(message.perCpu);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CPUUsage.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v1.CPUUsage();
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
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.total = value;
                                    else
                                        delete message.total;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.kernel = value;
                                    else
                                        delete message.kernel;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.user = value;
                                    else
                                        delete message.user;
                                    continue;
                                }
                            case 4: {
                                    if (wireType === 2) {
                                        if (!(message.perCpu && message.perCpu.length))
                                            message.perCpu = [];
                                        reader.uint64s(message.perCpu);
                                        continue;
                                    }
                                    if (wireType !== 0)
                                        break;
                                    if (!(message.perCpu && message.perCpu.length))
                                        message.perCpu = [];
                                    message.perCpu.push(reader.uint64());
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

                    CPUUsage.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v1.CPUUsage)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v1.CPUUsage: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v1.CPUUsage();
                        if (object.total != null)
                            if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                                if ($util.Long)
                                    message.total = $util.Long.fromValue(object.total, true);
                                else if (typeof object.total === "string")
                                    message.total = $parseInt(object.total, 10);
                                else if (typeof object.total === "number")
                                    message.total = object.total;
                                else if (typeof object.total === "object")
                                    message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber(true);
                        if (object.kernel != null)
                            if (typeof object.kernel === "object" ? object.kernel.low || object.kernel.high : $Number(object.kernel) !== 0)
                                if ($util.Long)
                                    message.kernel = $util.Long.fromValue(object.kernel, true);
                                else if (typeof object.kernel === "string")
                                    message.kernel = $parseInt(object.kernel, 10);
                                else if (typeof object.kernel === "number")
                                    message.kernel = object.kernel;
                                else if (typeof object.kernel === "object")
                                    message.kernel = new $util.LongBits(object.kernel.low >>> 0, object.kernel.high >>> 0).toNumber(true);
                        if (object.user != null)
                            if (typeof object.user === "object" ? object.user.low || object.user.high : $Number(object.user) !== 0)
                                if ($util.Long)
                                    message.user = $util.Long.fromValue(object.user, true);
                                else if (typeof object.user === "string")
                                    message.user = $parseInt(object.user, 10);
                                else if (typeof object.user === "number")
                                    message.user = object.user;
                                else if (typeof object.user === "object")
                                    message.user = new $util.LongBits(object.user.low >>> 0, object.user.high >>> 0).toNumber(true);
                        if (object.perCpu) {
                            if (!$Array.isArray(object.perCpu))
                                throw $TypeError(".io.containerd.cgroups.v1.CPUUsage.perCpu: array expected");
                            message.perCpu = $Array(object.perCpu.length);
                            for (let i = 0; i < object.perCpu.length; ++i)
                                if ($util.Long)
                                    message.perCpu[i] = $util.Long.fromValue(object.perCpu[i], true);
                                else if (typeof object.perCpu[i] === "string")
                                    message.perCpu[i] = $parseInt(object.perCpu[i], 10);
                                else if (typeof object.perCpu[i] === "number")
                                    message.perCpu[i] = object.perCpu[i];
                                else if (typeof object.perCpu[i] === "object")
                                    message.perCpu[i] = new $util.LongBits(object.perCpu[i].low >>> 0, object.perCpu[i].high >>> 0).toNumber(true);
                        }
                        return message;
                    };

                    CPUUsage.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.perCpu = [];
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.kernel = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.kernel = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.user = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.user = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, true).toBigInt();
                            else if (typeof message.total === "number")
                                object.total = options.longs === $String ? $String(message.total) : message.total;
                            else
                                object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber(true) : message.total;
                        if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.kernel = typeof message.kernel === "number" ? $BigInt(message.kernel) : $util.Long.fromBits(message.kernel.low >>> 0, message.kernel.high >>> 0, true).toBigInt();
                            else if (typeof message.kernel === "number")
                                object.kernel = options.longs === $String ? $String(message.kernel) : message.kernel;
                            else
                                object.kernel = options.longs === $String ? $util.Long.prototype.toString.call(message.kernel) : options.longs === $Number ? new $util.LongBits(message.kernel.low >>> 0, message.kernel.high >>> 0).toNumber(true) : message.kernel;
                        if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.user = typeof message.user === "number" ? $BigInt(message.user) : $util.Long.fromBits(message.user.low >>> 0, message.user.high >>> 0, true).toBigInt();
                            else if (typeof message.user === "number")
                                object.user = options.longs === $String ? $String(message.user) : message.user;
                            else
                                object.user = options.longs === $String ? $util.Long.prototype.toString.call(message.user) : options.longs === $Number ? new $util.LongBits(message.user.low >>> 0, message.user.high >>> 0).toNumber(true) : message.user;
                        if (message.perCpu && message.perCpu.length) {
                            object.perCpu = $Array(message.perCpu.length);
                            for (let j = 0; j < message.perCpu.length; ++j)
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.perCpu[j] = typeof message.perCpu[j] === "number" ? $BigInt(message.perCpu[j]) : $util.Long.fromBits(message.perCpu[j].low >>> 0, message.perCpu[j].high >>> 0, true).toBigInt();
                                else if (typeof message.perCpu[j] === "number")
                                    object.perCpu[j] = options.longs === $String ? $String(message.perCpu[j]) : message.perCpu[j];
                                else
                                    object.perCpu[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.perCpu[j]) : options.longs === $Number ? new $util.LongBits(message.perCpu[j].low >>> 0, message.perCpu[j].high >>> 0).toNumber(true) : message.perCpu[j];
                        }
                        return object;
                    };

                    CPUUsage.prototype.toJSON = function() {
                        return CPUUsage.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CPUUsage;
                })();

                v1.MemoryEntry = (function() {

                    const MemoryEntry = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    MemoryEntry.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryEntry.prototype.usage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryEntry.prototype.max = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryEntry.prototype.failcnt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    MemoryEntry.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                            writer.uint32(8).uint64(message.limit);
                        if (message.usage != null && $Object.hasOwnProperty.call(message, "usage") && (typeof message.usage === "object" ? message.usage.low || message.usage.high : message.usage !== 0))
                            writer.uint32(16).uint64(message.usage);
                        if (message.max != null && $Object.hasOwnProperty.call(message, "max") && (typeof message.max === "object" ? message.max.low || message.max.high : message.max !== 0))
                            writer.uint32(24).uint64(message.max);
                        if (message.failcnt != null && $Object.hasOwnProperty.call(message, "failcnt") && (typeof message.failcnt === "object" ? message.failcnt.low || message.failcnt.high : message.failcnt !== 0))
                            writer.uint32(32).uint64(message.failcnt);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    MemoryEntry.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v1.MemoryEntry();
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
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.limit = value;
                                    else
                                        delete message.limit;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.usage = value;
                                    else
                                        delete message.usage;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.max = value;
                                    else
                                        delete message.max;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.failcnt = value;
                                    else
                                        delete message.failcnt;
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

                    MemoryEntry.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v1.MemoryEntry)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v1.MemoryEntry: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v1.MemoryEntry();
                        if (object.limit != null)
                            if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                                if ($util.Long)
                                    message.limit = $util.Long.fromValue(object.limit, true);
                                else if (typeof object.limit === "string")
                                    message.limit = $parseInt(object.limit, 10);
                                else if (typeof object.limit === "number")
                                    message.limit = object.limit;
                                else if (typeof object.limit === "object")
                                    message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber(true);
                        if (object.usage != null)
                            if (typeof object.usage === "object" ? object.usage.low || object.usage.high : $Number(object.usage) !== 0)
                                if ($util.Long)
                                    message.usage = $util.Long.fromValue(object.usage, true);
                                else if (typeof object.usage === "string")
                                    message.usage = $parseInt(object.usage, 10);
                                else if (typeof object.usage === "number")
                                    message.usage = object.usage;
                                else if (typeof object.usage === "object")
                                    message.usage = new $util.LongBits(object.usage.low >>> 0, object.usage.high >>> 0).toNumber(true);
                        if (object.max != null)
                            if (typeof object.max === "object" ? object.max.low || object.max.high : $Number(object.max) !== 0)
                                if ($util.Long)
                                    message.max = $util.Long.fromValue(object.max, true);
                                else if (typeof object.max === "string")
                                    message.max = $parseInt(object.max, 10);
                                else if (typeof object.max === "number")
                                    message.max = object.max;
                                else if (typeof object.max === "object")
                                    message.max = new $util.LongBits(object.max.low >>> 0, object.max.high >>> 0).toNumber(true);
                        if (object.failcnt != null)
                            if (typeof object.failcnt === "object" ? object.failcnt.low || object.failcnt.high : $Number(object.failcnt) !== 0)
                                if ($util.Long)
                                    message.failcnt = $util.Long.fromValue(object.failcnt, true);
                                else if (typeof object.failcnt === "string")
                                    message.failcnt = $parseInt(object.failcnt, 10);
                                else if (typeof object.failcnt === "number")
                                    message.failcnt = object.failcnt;
                                else if (typeof object.failcnt === "object")
                                    message.failcnt = new $util.LongBits(object.failcnt.low >>> 0, object.failcnt.high >>> 0).toNumber(true);
                        return message;
                    };

                    MemoryEntry.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.usage = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.usage = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.max = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.max = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.failcnt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.failcnt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, true).toBigInt();
                            else if (typeof message.limit === "number")
                                object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                            else
                                object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber(true) : message.limit;
                        if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.usage = typeof message.usage === "number" ? $BigInt(message.usage) : $util.Long.fromBits(message.usage.low >>> 0, message.usage.high >>> 0, true).toBigInt();
                            else if (typeof message.usage === "number")
                                object.usage = options.longs === $String ? $String(message.usage) : message.usage;
                            else
                                object.usage = options.longs === $String ? $util.Long.prototype.toString.call(message.usage) : options.longs === $Number ? new $util.LongBits(message.usage.low >>> 0, message.usage.high >>> 0).toNumber(true) : message.usage;
                        if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.max = typeof message.max === "number" ? $BigInt(message.max) : $util.Long.fromBits(message.max.low >>> 0, message.max.high >>> 0, true).toBigInt();
                            else if (typeof message.max === "number")
                                object.max = options.longs === $String ? $String(message.max) : message.max;
                            else
                                object.max = options.longs === $String ? $util.Long.prototype.toString.call(message.max) : options.longs === $Number ? new $util.LongBits(message.max.low >>> 0, message.max.high >>> 0).toNumber(true) : message.max;
                        if (message.failcnt != null && $Object.hasOwnProperty.call(message, "failcnt"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.failcnt = typeof message.failcnt === "number" ? $BigInt(message.failcnt) : $util.Long.fromBits(message.failcnt.low >>> 0, message.failcnt.high >>> 0, true).toBigInt();
                            else if (typeof message.failcnt === "number")
                                object.failcnt = options.longs === $String ? $String(message.failcnt) : message.failcnt;
                            else
                                object.failcnt = options.longs === $String ? $util.Long.prototype.toString.call(message.failcnt) : options.longs === $Number ? new $util.LongBits(message.failcnt.low >>> 0, message.failcnt.high >>> 0).toNumber(true) : message.failcnt;
                        return object;
                    };

                    MemoryEntry.prototype.toJSON = function() {
                        return MemoryEntry.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return MemoryEntry;
                })();

                v1.MemoryStat = (function() {

                    const MemoryStat = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    MemoryStat.prototype.cache = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryStat.prototype.rss = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryStat.prototype.totalInactiveFile = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryStat.prototype.usage = null;
                    MemoryStat.prototype.swap = null;

                    MemoryStat.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.cache != null && $Object.hasOwnProperty.call(message, "cache") && (typeof message.cache === "object" ? message.cache.low || message.cache.high : message.cache !== 0))
                            writer.uint32(8).uint64(message.cache);
                        if (message.rss != null && $Object.hasOwnProperty.call(message, "rss") && (typeof message.rss === "object" ? message.rss.low || message.rss.high : message.rss !== 0))
                            writer.uint32(16).uint64(message.rss);
                        if (message.totalInactiveFile != null && $Object.hasOwnProperty.call(message, "totalInactiveFile") && (typeof message.totalInactiveFile === "object" ? message.totalInactiveFile.low || message.totalInactiveFile.high : message.totalInactiveFile !== 0))
                            writer.uint32(240).uint64(message.totalInactiveFile);
                        if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                            $root.io.containerd.cgroups.v1.MemoryEntry.encode(message.usage, writer.uint32(266).fork(), _depth + 1).ldelim();
                        if (message.swap != null && $Object.hasOwnProperty.call(message, "swap"))
                            $root.io.containerd.cgroups.v1.MemoryEntry.encode(message.swap, writer.uint32(274).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    MemoryStat.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v1.MemoryStat();
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
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.cache = value;
                                    else
                                        delete message.cache;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.rss = value;
                                    else
                                        delete message.rss;
                                    continue;
                                }
                            case 30: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.totalInactiveFile = value;
                                    else
                                        delete message.totalInactiveFile;
                                    continue;
                                }
                            case 33: {
                                    if (wireType !== 2)
                                        break;
                                    message.usage = $root.io.containerd.cgroups.v1.MemoryEntry.decode(reader, reader.size(), $undefined, _depth + 1, message.usage);
                                    continue;
                                }
                            case 34: {
                                    if (wireType !== 2)
                                        break;
                                    message.swap = $root.io.containerd.cgroups.v1.MemoryEntry.decode(reader, reader.size(), $undefined, _depth + 1, message.swap);
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

                    MemoryStat.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v1.MemoryStat)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v1.MemoryStat: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v1.MemoryStat();
                        if (object.cache != null)
                            if (typeof object.cache === "object" ? object.cache.low || object.cache.high : $Number(object.cache) !== 0)
                                if ($util.Long)
                                    message.cache = $util.Long.fromValue(object.cache, true);
                                else if (typeof object.cache === "string")
                                    message.cache = $parseInt(object.cache, 10);
                                else if (typeof object.cache === "number")
                                    message.cache = object.cache;
                                else if (typeof object.cache === "object")
                                    message.cache = new $util.LongBits(object.cache.low >>> 0, object.cache.high >>> 0).toNumber(true);
                        if (object.rss != null)
                            if (typeof object.rss === "object" ? object.rss.low || object.rss.high : $Number(object.rss) !== 0)
                                if ($util.Long)
                                    message.rss = $util.Long.fromValue(object.rss, true);
                                else if (typeof object.rss === "string")
                                    message.rss = $parseInt(object.rss, 10);
                                else if (typeof object.rss === "number")
                                    message.rss = object.rss;
                                else if (typeof object.rss === "object")
                                    message.rss = new $util.LongBits(object.rss.low >>> 0, object.rss.high >>> 0).toNumber(true);
                        if (object.totalInactiveFile != null)
                            if (typeof object.totalInactiveFile === "object" ? object.totalInactiveFile.low || object.totalInactiveFile.high : $Number(object.totalInactiveFile) !== 0)
                                if ($util.Long)
                                    message.totalInactiveFile = $util.Long.fromValue(object.totalInactiveFile, true);
                                else if (typeof object.totalInactiveFile === "string")
                                    message.totalInactiveFile = $parseInt(object.totalInactiveFile, 10);
                                else if (typeof object.totalInactiveFile === "number")
                                    message.totalInactiveFile = object.totalInactiveFile;
                                else if (typeof object.totalInactiveFile === "object")
                                    message.totalInactiveFile = new $util.LongBits(object.totalInactiveFile.low >>> 0, object.totalInactiveFile.high >>> 0).toNumber(true);
                        if (object.usage != null) {
                            if (!$util.isObject(object.usage))
                                throw $TypeError(".io.containerd.cgroups.v1.MemoryStat.usage: object expected");
                            message.usage = $root.io.containerd.cgroups.v1.MemoryEntry.fromObject(object.usage, _depth + 1);
                        }
                        if (object.swap != null) {
                            if (!$util.isObject(object.swap))
                                throw $TypeError(".io.containerd.cgroups.v1.MemoryStat.swap: object expected");
                            message.swap = $root.io.containerd.cgroups.v1.MemoryEntry.fromObject(object.swap, _depth + 1);
                        }
                        return message;
                    };

                    MemoryStat.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.cache = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.cache = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.rss = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.rss = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.totalInactiveFile = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.totalInactiveFile = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.usage = null;
                            object.swap = null;
                        }
                        if (message.cache != null && $Object.hasOwnProperty.call(message, "cache"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.cache = typeof message.cache === "number" ? $BigInt(message.cache) : $util.Long.fromBits(message.cache.low >>> 0, message.cache.high >>> 0, true).toBigInt();
                            else if (typeof message.cache === "number")
                                object.cache = options.longs === $String ? $String(message.cache) : message.cache;
                            else
                                object.cache = options.longs === $String ? $util.Long.prototype.toString.call(message.cache) : options.longs === $Number ? new $util.LongBits(message.cache.low >>> 0, message.cache.high >>> 0).toNumber(true) : message.cache;
                        if (message.rss != null && $Object.hasOwnProperty.call(message, "rss"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.rss = typeof message.rss === "number" ? $BigInt(message.rss) : $util.Long.fromBits(message.rss.low >>> 0, message.rss.high >>> 0, true).toBigInt();
                            else if (typeof message.rss === "number")
                                object.rss = options.longs === $String ? $String(message.rss) : message.rss;
                            else
                                object.rss = options.longs === $String ? $util.Long.prototype.toString.call(message.rss) : options.longs === $Number ? new $util.LongBits(message.rss.low >>> 0, message.rss.high >>> 0).toNumber(true) : message.rss;
                        if (message.totalInactiveFile != null && $Object.hasOwnProperty.call(message, "totalInactiveFile"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.totalInactiveFile = typeof message.totalInactiveFile === "number" ? $BigInt(message.totalInactiveFile) : $util.Long.fromBits(message.totalInactiveFile.low >>> 0, message.totalInactiveFile.high >>> 0, true).toBigInt();
                            else if (typeof message.totalInactiveFile === "number")
                                object.totalInactiveFile = options.longs === $String ? $String(message.totalInactiveFile) : message.totalInactiveFile;
                            else
                                object.totalInactiveFile = options.longs === $String ? $util.Long.prototype.toString.call(message.totalInactiveFile) : options.longs === $Number ? new $util.LongBits(message.totalInactiveFile.low >>> 0, message.totalInactiveFile.high >>> 0).toNumber(true) : message.totalInactiveFile;
                        if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                            object.usage = $root.io.containerd.cgroups.v1.MemoryEntry.toObject(message.usage, options, _depth + 1);
                        if (message.swap != null && $Object.hasOwnProperty.call(message, "swap"))
                            object.swap = $root.io.containerd.cgroups.v1.MemoryEntry.toObject(message.swap, options, _depth + 1);
                        return object;
                    };

                    MemoryStat.prototype.toJSON = function() {
                        return MemoryStat.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return MemoryStat;
                })();

                v1.Metrics = (function() {

                    const Metrics = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Metrics.prototype.pids = null;
                    Metrics.prototype.cpu = null;
                    Metrics.prototype.memory = null;
                    Metrics.prototype.blkio = null;

                    Metrics.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.pids != null && $Object.hasOwnProperty.call(message, "pids"))
                            $root.io.containerd.cgroups.v1.PidsStat.encode(message.pids, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                            $root.io.containerd.cgroups.v1.CPUStat.encode(message.cpu, writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                            $root.io.containerd.cgroups.v1.MemoryStat.encode(message.memory, writer.uint32(34).fork(), _depth + 1).ldelim();
                        if (message.blkio != null && $Object.hasOwnProperty.call(message, "blkio"))
                            $root.io.containerd.cgroups.v1.BlkIOStat.encode(message.blkio, writer.uint32(42).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Metrics.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v1.Metrics();
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
                                    message.pids = $root.io.containerd.cgroups.v1.PidsStat.decode(reader, reader.size(), $undefined, _depth + 1, message.pids);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.cpu = $root.io.containerd.cgroups.v1.CPUStat.decode(reader, reader.size(), $undefined, _depth + 1, message.cpu);
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.memory = $root.io.containerd.cgroups.v1.MemoryStat.decode(reader, reader.size(), $undefined, _depth + 1, message.memory);
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.blkio = $root.io.containerd.cgroups.v1.BlkIOStat.decode(reader, reader.size(), $undefined, _depth + 1, message.blkio);
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

                    Metrics.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v1.Metrics)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v1.Metrics: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v1.Metrics();
                        if (object.pids != null) {
                            if (!$util.isObject(object.pids))
                                throw $TypeError(".io.containerd.cgroups.v1.Metrics.pids: object expected");
                            message.pids = $root.io.containerd.cgroups.v1.PidsStat.fromObject(object.pids, _depth + 1);
                        }
                        if (object.cpu != null) {
                            if (!$util.isObject(object.cpu))
                                throw $TypeError(".io.containerd.cgroups.v1.Metrics.cpu: object expected");
                            message.cpu = $root.io.containerd.cgroups.v1.CPUStat.fromObject(object.cpu, _depth + 1);
                        }
                        if (object.memory != null) {
                            if (!$util.isObject(object.memory))
                                throw $TypeError(".io.containerd.cgroups.v1.Metrics.memory: object expected");
                            message.memory = $root.io.containerd.cgroups.v1.MemoryStat.fromObject(object.memory, _depth + 1);
                        }
                        if (object.blkio != null) {
                            if (!$util.isObject(object.blkio))
                                throw $TypeError(".io.containerd.cgroups.v1.Metrics.blkio: object expected");
                            message.blkio = $root.io.containerd.cgroups.v1.BlkIOStat.fromObject(object.blkio, _depth + 1);
                        }
                        return message;
                    };

                    Metrics.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.pids = null;
                            object.cpu = null;
                            object.memory = null;
                            object.blkio = null;
                        }
                        if (message.pids != null && $Object.hasOwnProperty.call(message, "pids"))
                            object.pids = $root.io.containerd.cgroups.v1.PidsStat.toObject(message.pids, options, _depth + 1);
                        if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                            object.cpu = $root.io.containerd.cgroups.v1.CPUStat.toObject(message.cpu, options, _depth + 1);
                        if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                            object.memory = $root.io.containerd.cgroups.v1.MemoryStat.toObject(message.memory, options, _depth + 1);
                        if (message.blkio != null && $Object.hasOwnProperty.call(message, "blkio"))
                            object.blkio = $root.io.containerd.cgroups.v1.BlkIOStat.toObject(message.blkio, options, _depth + 1);
                        return object;
                    };

                    Metrics.prototype.toJSON = function() {
                        return Metrics.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Metrics;
                })();

                v1.PidsStat = (function() {

                    const PidsStat = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PidsStat.prototype.current = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    PidsStat.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    PidsStat.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.current != null && $Object.hasOwnProperty.call(message, "current") && (typeof message.current === "object" ? message.current.low || message.current.high : message.current !== 0))
                            writer.uint32(8).uint64(message.current);
                        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                            writer.uint32(16).uint64(message.limit);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PidsStat.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v1.PidsStat();
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
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.current = value;
                                    else
                                        delete message.current;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.limit = value;
                                    else
                                        delete message.limit;
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

                    PidsStat.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v1.PidsStat)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v1.PidsStat: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v1.PidsStat();
                        if (object.current != null)
                            if (typeof object.current === "object" ? object.current.low || object.current.high : $Number(object.current) !== 0)
                                if ($util.Long)
                                    message.current = $util.Long.fromValue(object.current, true);
                                else if (typeof object.current === "string")
                                    message.current = $parseInt(object.current, 10);
                                else if (typeof object.current === "number")
                                    message.current = object.current;
                                else if (typeof object.current === "object")
                                    message.current = new $util.LongBits(object.current.low >>> 0, object.current.high >>> 0).toNumber(true);
                        if (object.limit != null)
                            if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                                if ($util.Long)
                                    message.limit = $util.Long.fromValue(object.limit, true);
                                else if (typeof object.limit === "string")
                                    message.limit = $parseInt(object.limit, 10);
                                else if (typeof object.limit === "number")
                                    message.limit = object.limit;
                                else if (typeof object.limit === "object")
                                    message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber(true);
                        return message;
                    };

                    PidsStat.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.current = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.current = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.current != null && $Object.hasOwnProperty.call(message, "current"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.current = typeof message.current === "number" ? $BigInt(message.current) : $util.Long.fromBits(message.current.low >>> 0, message.current.high >>> 0, true).toBigInt();
                            else if (typeof message.current === "number")
                                object.current = options.longs === $String ? $String(message.current) : message.current;
                            else
                                object.current = options.longs === $String ? $util.Long.prototype.toString.call(message.current) : options.longs === $Number ? new $util.LongBits(message.current.low >>> 0, message.current.high >>> 0).toNumber(true) : message.current;
                        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, true).toBigInt();
                            else if (typeof message.limit === "number")
                                object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                            else
                                object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber(true) : message.limit;
                        return object;
                    };

                    PidsStat.prototype.toJSON = function() {
                        return PidsStat.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return PidsStat;
                })();

                return v1;
            })();

            cgroups.v2 = (function() {

                const v2 = {};

                v2.CPUStat = (function() {

                    const CPUStat = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CPUStat.prototype.usageUsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    CPUStat.prototype.userUsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    CPUStat.prototype.systemUsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    CPUStat.prototype.nrPeriods = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    CPUStat.prototype.nrThrottled = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    CPUStat.prototype.throttledUsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    CPUStat.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.usageUsec != null && $Object.hasOwnProperty.call(message, "usageUsec") && (typeof message.usageUsec === "object" ? message.usageUsec.low || message.usageUsec.high : message.usageUsec !== 0))
                            writer.uint32(8).uint64(message.usageUsec);
                        if (message.userUsec != null && $Object.hasOwnProperty.call(message, "userUsec") && (typeof message.userUsec === "object" ? message.userUsec.low || message.userUsec.high : message.userUsec !== 0))
                            writer.uint32(16).uint64(message.userUsec);
                        if (message.systemUsec != null && $Object.hasOwnProperty.call(message, "systemUsec") && (typeof message.systemUsec === "object" ? message.systemUsec.low || message.systemUsec.high : message.systemUsec !== 0))
                            writer.uint32(24).uint64(message.systemUsec);
                        if (message.nrPeriods != null && $Object.hasOwnProperty.call(message, "nrPeriods") && (typeof message.nrPeriods === "object" ? message.nrPeriods.low || message.nrPeriods.high : message.nrPeriods !== 0))
                            writer.uint32(32).uint64(message.nrPeriods);
                        if (message.nrThrottled != null && $Object.hasOwnProperty.call(message, "nrThrottled") && (typeof message.nrThrottled === "object" ? message.nrThrottled.low || message.nrThrottled.high : message.nrThrottled !== 0))
                            writer.uint32(40).uint64(message.nrThrottled);
                        if (message.throttledUsec != null && $Object.hasOwnProperty.call(message, "throttledUsec") && (typeof message.throttledUsec === "object" ? message.throttledUsec.low || message.throttledUsec.high : message.throttledUsec !== 0))
                            writer.uint32(48).uint64(message.throttledUsec);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CPUStat.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v2.CPUStat();
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
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.usageUsec = value;
                                    else
                                        delete message.usageUsec;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.userUsec = value;
                                    else
                                        delete message.userUsec;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.systemUsec = value;
                                    else
                                        delete message.systemUsec;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.nrPeriods = value;
                                    else
                                        delete message.nrPeriods;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.nrThrottled = value;
                                    else
                                        delete message.nrThrottled;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.throttledUsec = value;
                                    else
                                        delete message.throttledUsec;
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

                    CPUStat.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v2.CPUStat)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v2.CPUStat: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v2.CPUStat();
                        if (object.usageUsec != null)
                            if (typeof object.usageUsec === "object" ? object.usageUsec.low || object.usageUsec.high : $Number(object.usageUsec) !== 0)
                                if ($util.Long)
                                    message.usageUsec = $util.Long.fromValue(object.usageUsec, true);
                                else if (typeof object.usageUsec === "string")
                                    message.usageUsec = $parseInt(object.usageUsec, 10);
                                else if (typeof object.usageUsec === "number")
                                    message.usageUsec = object.usageUsec;
                                else if (typeof object.usageUsec === "object")
                                    message.usageUsec = new $util.LongBits(object.usageUsec.low >>> 0, object.usageUsec.high >>> 0).toNumber(true);
                        if (object.userUsec != null)
                            if (typeof object.userUsec === "object" ? object.userUsec.low || object.userUsec.high : $Number(object.userUsec) !== 0)
                                if ($util.Long)
                                    message.userUsec = $util.Long.fromValue(object.userUsec, true);
                                else if (typeof object.userUsec === "string")
                                    message.userUsec = $parseInt(object.userUsec, 10);
                                else if (typeof object.userUsec === "number")
                                    message.userUsec = object.userUsec;
                                else if (typeof object.userUsec === "object")
                                    message.userUsec = new $util.LongBits(object.userUsec.low >>> 0, object.userUsec.high >>> 0).toNumber(true);
                        if (object.systemUsec != null)
                            if (typeof object.systemUsec === "object" ? object.systemUsec.low || object.systemUsec.high : $Number(object.systemUsec) !== 0)
                                if ($util.Long)
                                    message.systemUsec = $util.Long.fromValue(object.systemUsec, true);
                                else if (typeof object.systemUsec === "string")
                                    message.systemUsec = $parseInt(object.systemUsec, 10);
                                else if (typeof object.systemUsec === "number")
                                    message.systemUsec = object.systemUsec;
                                else if (typeof object.systemUsec === "object")
                                    message.systemUsec = new $util.LongBits(object.systemUsec.low >>> 0, object.systemUsec.high >>> 0).toNumber(true);
                        if (object.nrPeriods != null)
                            if (typeof object.nrPeriods === "object" ? object.nrPeriods.low || object.nrPeriods.high : $Number(object.nrPeriods) !== 0)
                                if ($util.Long)
                                    message.nrPeriods = $util.Long.fromValue(object.nrPeriods, true);
                                else if (typeof object.nrPeriods === "string")
                                    message.nrPeriods = $parseInt(object.nrPeriods, 10);
                                else if (typeof object.nrPeriods === "number")
                                    message.nrPeriods = object.nrPeriods;
                                else if (typeof object.nrPeriods === "object")
                                    message.nrPeriods = new $util.LongBits(object.nrPeriods.low >>> 0, object.nrPeriods.high >>> 0).toNumber(true);
                        if (object.nrThrottled != null)
                            if (typeof object.nrThrottled === "object" ? object.nrThrottled.low || object.nrThrottled.high : $Number(object.nrThrottled) !== 0)
                                if ($util.Long)
                                    message.nrThrottled = $util.Long.fromValue(object.nrThrottled, true);
                                else if (typeof object.nrThrottled === "string")
                                    message.nrThrottled = $parseInt(object.nrThrottled, 10);
                                else if (typeof object.nrThrottled === "number")
                                    message.nrThrottled = object.nrThrottled;
                                else if (typeof object.nrThrottled === "object")
                                    message.nrThrottled = new $util.LongBits(object.nrThrottled.low >>> 0, object.nrThrottled.high >>> 0).toNumber(true);
                        if (object.throttledUsec != null)
                            if (typeof object.throttledUsec === "object" ? object.throttledUsec.low || object.throttledUsec.high : $Number(object.throttledUsec) !== 0)
                                if ($util.Long)
                                    message.throttledUsec = $util.Long.fromValue(object.throttledUsec, true);
                                else if (typeof object.throttledUsec === "string")
                                    message.throttledUsec = $parseInt(object.throttledUsec, 10);
                                else if (typeof object.throttledUsec === "number")
                                    message.throttledUsec = object.throttledUsec;
                                else if (typeof object.throttledUsec === "object")
                                    message.throttledUsec = new $util.LongBits(object.throttledUsec.low >>> 0, object.throttledUsec.high >>> 0).toNumber(true);
                        return message;
                    };

                    CPUStat.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.usageUsec = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.usageUsec = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.userUsec = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.userUsec = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.systemUsec = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.systemUsec = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.nrPeriods = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.nrPeriods = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.nrThrottled = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.nrThrottled = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.throttledUsec = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.throttledUsec = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.usageUsec != null && $Object.hasOwnProperty.call(message, "usageUsec"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.usageUsec = typeof message.usageUsec === "number" ? $BigInt(message.usageUsec) : $util.Long.fromBits(message.usageUsec.low >>> 0, message.usageUsec.high >>> 0, true).toBigInt();
                            else if (typeof message.usageUsec === "number")
                                object.usageUsec = options.longs === $String ? $String(message.usageUsec) : message.usageUsec;
                            else
                                object.usageUsec = options.longs === $String ? $util.Long.prototype.toString.call(message.usageUsec) : options.longs === $Number ? new $util.LongBits(message.usageUsec.low >>> 0, message.usageUsec.high >>> 0).toNumber(true) : message.usageUsec;
                        if (message.userUsec != null && $Object.hasOwnProperty.call(message, "userUsec"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.userUsec = typeof message.userUsec === "number" ? $BigInt(message.userUsec) : $util.Long.fromBits(message.userUsec.low >>> 0, message.userUsec.high >>> 0, true).toBigInt();
                            else if (typeof message.userUsec === "number")
                                object.userUsec = options.longs === $String ? $String(message.userUsec) : message.userUsec;
                            else
                                object.userUsec = options.longs === $String ? $util.Long.prototype.toString.call(message.userUsec) : options.longs === $Number ? new $util.LongBits(message.userUsec.low >>> 0, message.userUsec.high >>> 0).toNumber(true) : message.userUsec;
                        if (message.systemUsec != null && $Object.hasOwnProperty.call(message, "systemUsec"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.systemUsec = typeof message.systemUsec === "number" ? $BigInt(message.systemUsec) : $util.Long.fromBits(message.systemUsec.low >>> 0, message.systemUsec.high >>> 0, true).toBigInt();
                            else if (typeof message.systemUsec === "number")
                                object.systemUsec = options.longs === $String ? $String(message.systemUsec) : message.systemUsec;
                            else
                                object.systemUsec = options.longs === $String ? $util.Long.prototype.toString.call(message.systemUsec) : options.longs === $Number ? new $util.LongBits(message.systemUsec.low >>> 0, message.systemUsec.high >>> 0).toNumber(true) : message.systemUsec;
                        if (message.nrPeriods != null && $Object.hasOwnProperty.call(message, "nrPeriods"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.nrPeriods = typeof message.nrPeriods === "number" ? $BigInt(message.nrPeriods) : $util.Long.fromBits(message.nrPeriods.low >>> 0, message.nrPeriods.high >>> 0, true).toBigInt();
                            else if (typeof message.nrPeriods === "number")
                                object.nrPeriods = options.longs === $String ? $String(message.nrPeriods) : message.nrPeriods;
                            else
                                object.nrPeriods = options.longs === $String ? $util.Long.prototype.toString.call(message.nrPeriods) : options.longs === $Number ? new $util.LongBits(message.nrPeriods.low >>> 0, message.nrPeriods.high >>> 0).toNumber(true) : message.nrPeriods;
                        if (message.nrThrottled != null && $Object.hasOwnProperty.call(message, "nrThrottled"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.nrThrottled = typeof message.nrThrottled === "number" ? $BigInt(message.nrThrottled) : $util.Long.fromBits(message.nrThrottled.low >>> 0, message.nrThrottled.high >>> 0, true).toBigInt();
                            else if (typeof message.nrThrottled === "number")
                                object.nrThrottled = options.longs === $String ? $String(message.nrThrottled) : message.nrThrottled;
                            else
                                object.nrThrottled = options.longs === $String ? $util.Long.prototype.toString.call(message.nrThrottled) : options.longs === $Number ? new $util.LongBits(message.nrThrottled.low >>> 0, message.nrThrottled.high >>> 0).toNumber(true) : message.nrThrottled;
                        if (message.throttledUsec != null && $Object.hasOwnProperty.call(message, "throttledUsec"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.throttledUsec = typeof message.throttledUsec === "number" ? $BigInt(message.throttledUsec) : $util.Long.fromBits(message.throttledUsec.low >>> 0, message.throttledUsec.high >>> 0, true).toBigInt();
                            else if (typeof message.throttledUsec === "number")
                                object.throttledUsec = options.longs === $String ? $String(message.throttledUsec) : message.throttledUsec;
                            else
                                object.throttledUsec = options.longs === $String ? $util.Long.prototype.toString.call(message.throttledUsec) : options.longs === $Number ? new $util.LongBits(message.throttledUsec.low >>> 0, message.throttledUsec.high >>> 0).toNumber(true) : message.throttledUsec;
                        return object;
                    };

                    CPUStat.prototype.toJSON = function() {
                        return CPUStat.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CPUStat;
                })();

                v2.IOEntry = (function() {

                    const IOEntry = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    IOEntry.prototype.major = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    IOEntry.prototype.minor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    IOEntry.prototype.rbytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    IOEntry.prototype.wbytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    IOEntry.prototype.rios = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    IOEntry.prototype.wios = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    IOEntry.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.major != null && $Object.hasOwnProperty.call(message, "major") && (typeof message.major === "object" ? message.major.low || message.major.high : message.major !== 0))
                            writer.uint32(8).uint64(message.major);
                        if (message.minor != null && $Object.hasOwnProperty.call(message, "minor") && (typeof message.minor === "object" ? message.minor.low || message.minor.high : message.minor !== 0))
                            writer.uint32(16).uint64(message.minor);
                        if (message.rbytes != null && $Object.hasOwnProperty.call(message, "rbytes") && (typeof message.rbytes === "object" ? message.rbytes.low || message.rbytes.high : message.rbytes !== 0))
                            writer.uint32(24).uint64(message.rbytes);
                        if (message.wbytes != null && $Object.hasOwnProperty.call(message, "wbytes") && (typeof message.wbytes === "object" ? message.wbytes.low || message.wbytes.high : message.wbytes !== 0))
                            writer.uint32(32).uint64(message.wbytes);
                        if (message.rios != null && $Object.hasOwnProperty.call(message, "rios") && (typeof message.rios === "object" ? message.rios.low || message.rios.high : message.rios !== 0))
                            writer.uint32(40).uint64(message.rios);
                        if (message.wios != null && $Object.hasOwnProperty.call(message, "wios") && (typeof message.wios === "object" ? message.wios.low || message.wios.high : message.wios !== 0))
                            writer.uint32(48).uint64(message.wios);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    IOEntry.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v2.IOEntry();
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
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.major = value;
                                    else
                                        delete message.major;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.minor = value;
                                    else
                                        delete message.minor;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.rbytes = value;
                                    else
                                        delete message.rbytes;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.wbytes = value;
                                    else
                                        delete message.wbytes;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.rios = value;
                                    else
                                        delete message.rios;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.wios = value;
                                    else
                                        delete message.wios;
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

                    IOEntry.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v2.IOEntry)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v2.IOEntry: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v2.IOEntry();
                        if (object.major != null)
                            if (typeof object.major === "object" ? object.major.low || object.major.high : $Number(object.major) !== 0)
                                if ($util.Long)
                                    message.major = $util.Long.fromValue(object.major, true);
                                else if (typeof object.major === "string")
                                    message.major = $parseInt(object.major, 10);
                                else if (typeof object.major === "number")
                                    message.major = object.major;
                                else if (typeof object.major === "object")
                                    message.major = new $util.LongBits(object.major.low >>> 0, object.major.high >>> 0).toNumber(true);
                        if (object.minor != null)
                            if (typeof object.minor === "object" ? object.minor.low || object.minor.high : $Number(object.minor) !== 0)
                                if ($util.Long)
                                    message.minor = $util.Long.fromValue(object.minor, true);
                                else if (typeof object.minor === "string")
                                    message.minor = $parseInt(object.minor, 10);
                                else if (typeof object.minor === "number")
                                    message.minor = object.minor;
                                else if (typeof object.minor === "object")
                                    message.minor = new $util.LongBits(object.minor.low >>> 0, object.minor.high >>> 0).toNumber(true);
                        if (object.rbytes != null)
                            if (typeof object.rbytes === "object" ? object.rbytes.low || object.rbytes.high : $Number(object.rbytes) !== 0)
                                if ($util.Long)
                                    message.rbytes = $util.Long.fromValue(object.rbytes, true);
                                else if (typeof object.rbytes === "string")
                                    message.rbytes = $parseInt(object.rbytes, 10);
                                else if (typeof object.rbytes === "number")
                                    message.rbytes = object.rbytes;
                                else if (typeof object.rbytes === "object")
                                    message.rbytes = new $util.LongBits(object.rbytes.low >>> 0, object.rbytes.high >>> 0).toNumber(true);
                        if (object.wbytes != null)
                            if (typeof object.wbytes === "object" ? object.wbytes.low || object.wbytes.high : $Number(object.wbytes) !== 0)
                                if ($util.Long)
                                    message.wbytes = $util.Long.fromValue(object.wbytes, true);
                                else if (typeof object.wbytes === "string")
                                    message.wbytes = $parseInt(object.wbytes, 10);
                                else if (typeof object.wbytes === "number")
                                    message.wbytes = object.wbytes;
                                else if (typeof object.wbytes === "object")
                                    message.wbytes = new $util.LongBits(object.wbytes.low >>> 0, object.wbytes.high >>> 0).toNumber(true);
                        if (object.rios != null)
                            if (typeof object.rios === "object" ? object.rios.low || object.rios.high : $Number(object.rios) !== 0)
                                if ($util.Long)
                                    message.rios = $util.Long.fromValue(object.rios, true);
                                else if (typeof object.rios === "string")
                                    message.rios = $parseInt(object.rios, 10);
                                else if (typeof object.rios === "number")
                                    message.rios = object.rios;
                                else if (typeof object.rios === "object")
                                    message.rios = new $util.LongBits(object.rios.low >>> 0, object.rios.high >>> 0).toNumber(true);
                        if (object.wios != null)
                            if (typeof object.wios === "object" ? object.wios.low || object.wios.high : $Number(object.wios) !== 0)
                                if ($util.Long)
                                    message.wios = $util.Long.fromValue(object.wios, true);
                                else if (typeof object.wios === "string")
                                    message.wios = $parseInt(object.wios, 10);
                                else if (typeof object.wios === "number")
                                    message.wios = object.wios;
                                else if (typeof object.wios === "object")
                                    message.wios = new $util.LongBits(object.wios.low >>> 0, object.wios.high >>> 0).toNumber(true);
                        return message;
                    };

                    IOEntry.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.major = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.major = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.minor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.minor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.rbytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.rbytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.wbytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.wbytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.rios = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.rios = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.wios = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.wios = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.major != null && $Object.hasOwnProperty.call(message, "major"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.major = typeof message.major === "number" ? $BigInt(message.major) : $util.Long.fromBits(message.major.low >>> 0, message.major.high >>> 0, true).toBigInt();
                            else if (typeof message.major === "number")
                                object.major = options.longs === $String ? $String(message.major) : message.major;
                            else
                                object.major = options.longs === $String ? $util.Long.prototype.toString.call(message.major) : options.longs === $Number ? new $util.LongBits(message.major.low >>> 0, message.major.high >>> 0).toNumber(true) : message.major;
                        if (message.minor != null && $Object.hasOwnProperty.call(message, "minor"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.minor = typeof message.minor === "number" ? $BigInt(message.minor) : $util.Long.fromBits(message.minor.low >>> 0, message.minor.high >>> 0, true).toBigInt();
                            else if (typeof message.minor === "number")
                                object.minor = options.longs === $String ? $String(message.minor) : message.minor;
                            else
                                object.minor = options.longs === $String ? $util.Long.prototype.toString.call(message.minor) : options.longs === $Number ? new $util.LongBits(message.minor.low >>> 0, message.minor.high >>> 0).toNumber(true) : message.minor;
                        if (message.rbytes != null && $Object.hasOwnProperty.call(message, "rbytes"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.rbytes = typeof message.rbytes === "number" ? $BigInt(message.rbytes) : $util.Long.fromBits(message.rbytes.low >>> 0, message.rbytes.high >>> 0, true).toBigInt();
                            else if (typeof message.rbytes === "number")
                                object.rbytes = options.longs === $String ? $String(message.rbytes) : message.rbytes;
                            else
                                object.rbytes = options.longs === $String ? $util.Long.prototype.toString.call(message.rbytes) : options.longs === $Number ? new $util.LongBits(message.rbytes.low >>> 0, message.rbytes.high >>> 0).toNumber(true) : message.rbytes;
                        if (message.wbytes != null && $Object.hasOwnProperty.call(message, "wbytes"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.wbytes = typeof message.wbytes === "number" ? $BigInt(message.wbytes) : $util.Long.fromBits(message.wbytes.low >>> 0, message.wbytes.high >>> 0, true).toBigInt();
                            else if (typeof message.wbytes === "number")
                                object.wbytes = options.longs === $String ? $String(message.wbytes) : message.wbytes;
                            else
                                object.wbytes = options.longs === $String ? $util.Long.prototype.toString.call(message.wbytes) : options.longs === $Number ? new $util.LongBits(message.wbytes.low >>> 0, message.wbytes.high >>> 0).toNumber(true) : message.wbytes;
                        if (message.rios != null && $Object.hasOwnProperty.call(message, "rios"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.rios = typeof message.rios === "number" ? $BigInt(message.rios) : $util.Long.fromBits(message.rios.low >>> 0, message.rios.high >>> 0, true).toBigInt();
                            else if (typeof message.rios === "number")
                                object.rios = options.longs === $String ? $String(message.rios) : message.rios;
                            else
                                object.rios = options.longs === $String ? $util.Long.prototype.toString.call(message.rios) : options.longs === $Number ? new $util.LongBits(message.rios.low >>> 0, message.rios.high >>> 0).toNumber(true) : message.rios;
                        if (message.wios != null && $Object.hasOwnProperty.call(message, "wios"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.wios = typeof message.wios === "number" ? $BigInt(message.wios) : $util.Long.fromBits(message.wios.low >>> 0, message.wios.high >>> 0, true).toBigInt();
                            else if (typeof message.wios === "number")
                                object.wios = options.longs === $String ? $String(message.wios) : message.wios;
                            else
                                object.wios = options.longs === $String ? $util.Long.prototype.toString.call(message.wios) : options.longs === $Number ? new $util.LongBits(message.wios.low >>> 0, message.wios.high >>> 0).toNumber(true) : message.wios;
                        return object;
                    };

                    IOEntry.prototype.toJSON = function() {
                        return IOEntry.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return IOEntry;
                })();

                v2.IOStat = (function() {

                    const IOStat = function (properties) {
                        this.usage = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    IOStat.prototype.usage = $util.emptyArray;

                    IOStat.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.usage != null && message.usage.length)
                            for (let i = 0; i < message.usage.length; ++i)
                                $root.io.containerd.cgroups.v2.IOEntry.encode(message.usage[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    IOStat.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v2.IOStat();
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
                                    if (!(message.usage && message.usage.length))
                                        message.usage = [];
                                    message.usage.push($root.io.containerd.cgroups.v2.IOEntry.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    IOStat.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v2.IOStat)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v2.IOStat: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v2.IOStat();
                        if (object.usage) {
                            if (!$Array.isArray(object.usage))
                                throw $TypeError(".io.containerd.cgroups.v2.IOStat.usage: array expected");
                            message.usage = $Array(object.usage.length);
                            for (let i = 0; i < object.usage.length; ++i) {
                                if (!$util.isObject(object.usage[i]))
                                    throw $TypeError(".io.containerd.cgroups.v2.IOStat.usage: object expected");
                                message.usage[i] = $root.io.containerd.cgroups.v2.IOEntry.fromObject(object.usage[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    IOStat.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.usage = [];
                        if (message.usage && message.usage.length) {
                            object.usage = $Array(message.usage.length);
                            for (let j = 0; j < message.usage.length; ++j)
                                object.usage[j] = $root.io.containerd.cgroups.v2.IOEntry.toObject(message.usage[j], options, _depth + 1);
                        }
                        return object;
                    };

                    IOStat.prototype.toJSON = function() {
                        return IOStat.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return IOStat;
                })();

                v2.MemoryEvents = (function() {

                    const MemoryEvents = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    MemoryEvents.prototype.low = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryEvents.prototype.high = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryEvents.prototype.max = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryEvents.prototype.oom = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryEvents.prototype.oomKill = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    MemoryEvents.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.low != null && $Object.hasOwnProperty.call(message, "low") && (typeof message.low === "object" ? message.low.low || message.low.high : message.low !== 0))
                            writer.uint32(8).uint64(message.low);
                        if (message.high != null && $Object.hasOwnProperty.call(message, "high") && (typeof message.high === "object" ? message.high.low || message.high.high : message.high !== 0))
                            writer.uint32(16).uint64(message.high);
                        if (message.max != null && $Object.hasOwnProperty.call(message, "max") && (typeof message.max === "object" ? message.max.low || message.max.high : message.max !== 0))
                            writer.uint32(24).uint64(message.max);
                        if (message.oom != null && $Object.hasOwnProperty.call(message, "oom") && (typeof message.oom === "object" ? message.oom.low || message.oom.high : message.oom !== 0))
                            writer.uint32(32).uint64(message.oom);
                        if (message.oomKill != null && $Object.hasOwnProperty.call(message, "oomKill") && (typeof message.oomKill === "object" ? message.oomKill.low || message.oomKill.high : message.oomKill !== 0))
                            writer.uint32(40).uint64(message.oomKill);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    MemoryEvents.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v2.MemoryEvents();
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
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.low = value;
                                    else
                                        delete message.low;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.high = value;
                                    else
                                        delete message.high;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.max = value;
                                    else
                                        delete message.max;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.oom = value;
                                    else
                                        delete message.oom;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.oomKill = value;
                                    else
                                        delete message.oomKill;
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

                    MemoryEvents.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v2.MemoryEvents)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v2.MemoryEvents: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v2.MemoryEvents();
                        if (object.low != null)
                            if (typeof object.low === "object" ? object.low.low || object.low.high : $Number(object.low) !== 0)
                                if ($util.Long)
                                    message.low = $util.Long.fromValue(object.low, true);
                                else if (typeof object.low === "string")
                                    message.low = $parseInt(object.low, 10);
                                else if (typeof object.low === "number")
                                    message.low = object.low;
                                else if (typeof object.low === "object")
                                    message.low = new $util.LongBits(object.low.low >>> 0, object.low.high >>> 0).toNumber(true);
                        if (object.high != null)
                            if (typeof object.high === "object" ? object.high.low || object.high.high : $Number(object.high) !== 0)
                                if ($util.Long)
                                    message.high = $util.Long.fromValue(object.high, true);
                                else if (typeof object.high === "string")
                                    message.high = $parseInt(object.high, 10);
                                else if (typeof object.high === "number")
                                    message.high = object.high;
                                else if (typeof object.high === "object")
                                    message.high = new $util.LongBits(object.high.low >>> 0, object.high.high >>> 0).toNumber(true);
                        if (object.max != null)
                            if (typeof object.max === "object" ? object.max.low || object.max.high : $Number(object.max) !== 0)
                                if ($util.Long)
                                    message.max = $util.Long.fromValue(object.max, true);
                                else if (typeof object.max === "string")
                                    message.max = $parseInt(object.max, 10);
                                else if (typeof object.max === "number")
                                    message.max = object.max;
                                else if (typeof object.max === "object")
                                    message.max = new $util.LongBits(object.max.low >>> 0, object.max.high >>> 0).toNumber(true);
                        if (object.oom != null)
                            if (typeof object.oom === "object" ? object.oom.low || object.oom.high : $Number(object.oom) !== 0)
                                if ($util.Long)
                                    message.oom = $util.Long.fromValue(object.oom, true);
                                else if (typeof object.oom === "string")
                                    message.oom = $parseInt(object.oom, 10);
                                else if (typeof object.oom === "number")
                                    message.oom = object.oom;
                                else if (typeof object.oom === "object")
                                    message.oom = new $util.LongBits(object.oom.low >>> 0, object.oom.high >>> 0).toNumber(true);
                        if (object.oomKill != null)
                            if (typeof object.oomKill === "object" ? object.oomKill.low || object.oomKill.high : $Number(object.oomKill) !== 0)
                                if ($util.Long)
                                    message.oomKill = $util.Long.fromValue(object.oomKill, true);
                                else if (typeof object.oomKill === "string")
                                    message.oomKill = $parseInt(object.oomKill, 10);
                                else if (typeof object.oomKill === "number")
                                    message.oomKill = object.oomKill;
                                else if (typeof object.oomKill === "object")
                                    message.oomKill = new $util.LongBits(object.oomKill.low >>> 0, object.oomKill.high >>> 0).toNumber(true);
                        return message;
                    };

                    MemoryEvents.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.low = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.low = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.high = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.high = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.max = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.max = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.oom = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.oom = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.oomKill = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.oomKill = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.low != null && $Object.hasOwnProperty.call(message, "low"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.low = typeof message.low === "number" ? $BigInt(message.low) : $util.Long.fromBits(message.low.low >>> 0, message.low.high >>> 0, true).toBigInt();
                            else if (typeof message.low === "number")
                                object.low = options.longs === $String ? $String(message.low) : message.low;
                            else
                                object.low = options.longs === $String ? $util.Long.prototype.toString.call(message.low) : options.longs === $Number ? new $util.LongBits(message.low.low >>> 0, message.low.high >>> 0).toNumber(true) : message.low;
                        if (message.high != null && $Object.hasOwnProperty.call(message, "high"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.high = typeof message.high === "number" ? $BigInt(message.high) : $util.Long.fromBits(message.high.low >>> 0, message.high.high >>> 0, true).toBigInt();
                            else if (typeof message.high === "number")
                                object.high = options.longs === $String ? $String(message.high) : message.high;
                            else
                                object.high = options.longs === $String ? $util.Long.prototype.toString.call(message.high) : options.longs === $Number ? new $util.LongBits(message.high.low >>> 0, message.high.high >>> 0).toNumber(true) : message.high;
                        if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.max = typeof message.max === "number" ? $BigInt(message.max) : $util.Long.fromBits(message.max.low >>> 0, message.max.high >>> 0, true).toBigInt();
                            else if (typeof message.max === "number")
                                object.max = options.longs === $String ? $String(message.max) : message.max;
                            else
                                object.max = options.longs === $String ? $util.Long.prototype.toString.call(message.max) : options.longs === $Number ? new $util.LongBits(message.max.low >>> 0, message.max.high >>> 0).toNumber(true) : message.max;
                        if (message.oom != null && $Object.hasOwnProperty.call(message, "oom"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.oom = typeof message.oom === "number" ? $BigInt(message.oom) : $util.Long.fromBits(message.oom.low >>> 0, message.oom.high >>> 0, true).toBigInt();
                            else if (typeof message.oom === "number")
                                object.oom = options.longs === $String ? $String(message.oom) : message.oom;
                            else
                                object.oom = options.longs === $String ? $util.Long.prototype.toString.call(message.oom) : options.longs === $Number ? new $util.LongBits(message.oom.low >>> 0, message.oom.high >>> 0).toNumber(true) : message.oom;
                        if (message.oomKill != null && $Object.hasOwnProperty.call(message, "oomKill"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.oomKill = typeof message.oomKill === "number" ? $BigInt(message.oomKill) : $util.Long.fromBits(message.oomKill.low >>> 0, message.oomKill.high >>> 0, true).toBigInt();
                            else if (typeof message.oomKill === "number")
                                object.oomKill = options.longs === $String ? $String(message.oomKill) : message.oomKill;
                            else
                                object.oomKill = options.longs === $String ? $util.Long.prototype.toString.call(message.oomKill) : options.longs === $Number ? new $util.LongBits(message.oomKill.low >>> 0, message.oomKill.high >>> 0).toNumber(true) : message.oomKill;
                        return object;
                    };

                    MemoryEvents.prototype.toJSON = function() {
                        return MemoryEvents.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return MemoryEvents;
                })();

                v2.MemoryStat = (function() {

                    const MemoryStat = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    MemoryStat.prototype.anon = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryStat.prototype.file = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryStat.prototype.inactiveFile = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryStat.prototype.usage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryStat.prototype.usageLimit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryStat.prototype.swapUsage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    MemoryStat.prototype.swapLimit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    MemoryStat.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.anon != null && $Object.hasOwnProperty.call(message, "anon") && (typeof message.anon === "object" ? message.anon.low || message.anon.high : message.anon !== 0))
                            writer.uint32(8).uint64(message.anon);
                        if (message.file != null && $Object.hasOwnProperty.call(message, "file") && (typeof message.file === "object" ? message.file.low || message.file.high : message.file !== 0))
                            writer.uint32(16).uint64(message.file);
                        if (message.inactiveFile != null && $Object.hasOwnProperty.call(message, "inactiveFile") && (typeof message.inactiveFile === "object" ? message.inactiveFile.low || message.inactiveFile.high : message.inactiveFile !== 0))
                            writer.uint32(104).uint64(message.inactiveFile);
                        if (message.usage != null && $Object.hasOwnProperty.call(message, "usage") && (typeof message.usage === "object" ? message.usage.low || message.usage.high : message.usage !== 0))
                            writer.uint32(256).uint64(message.usage);
                        if (message.usageLimit != null && $Object.hasOwnProperty.call(message, "usageLimit") && (typeof message.usageLimit === "object" ? message.usageLimit.low || message.usageLimit.high : message.usageLimit !== 0))
                            writer.uint32(264).uint64(message.usageLimit);
                        if (message.swapUsage != null && $Object.hasOwnProperty.call(message, "swapUsage") && (typeof message.swapUsage === "object" ? message.swapUsage.low || message.swapUsage.high : message.swapUsage !== 0))
                            writer.uint32(272).uint64(message.swapUsage);
                        if (message.swapLimit != null && $Object.hasOwnProperty.call(message, "swapLimit") && (typeof message.swapLimit === "object" ? message.swapLimit.low || message.swapLimit.high : message.swapLimit !== 0))
                            writer.uint32(280).uint64(message.swapLimit);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    MemoryStat.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v2.MemoryStat();
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
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.anon = value;
                                    else
                                        delete message.anon;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.file = value;
                                    else
                                        delete message.file;
                                    continue;
                                }
                            case 13: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.inactiveFile = value;
                                    else
                                        delete message.inactiveFile;
                                    continue;
                                }
                            case 32: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.usage = value;
                                    else
                                        delete message.usage;
                                    continue;
                                }
                            case 33: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.usageLimit = value;
                                    else
                                        delete message.usageLimit;
                                    continue;
                                }
                            case 34: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.swapUsage = value;
                                    else
                                        delete message.swapUsage;
                                    continue;
                                }
                            case 35: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.swapLimit = value;
                                    else
                                        delete message.swapLimit;
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

                    MemoryStat.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v2.MemoryStat)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v2.MemoryStat: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v2.MemoryStat();
                        if (object.anon != null)
                            if (typeof object.anon === "object" ? object.anon.low || object.anon.high : $Number(object.anon) !== 0)
                                if ($util.Long)
                                    message.anon = $util.Long.fromValue(object.anon, true);
                                else if (typeof object.anon === "string")
                                    message.anon = $parseInt(object.anon, 10);
                                else if (typeof object.anon === "number")
                                    message.anon = object.anon;
                                else if (typeof object.anon === "object")
                                    message.anon = new $util.LongBits(object.anon.low >>> 0, object.anon.high >>> 0).toNumber(true);
                        if (object.file != null)
                            if (typeof object.file === "object" ? object.file.low || object.file.high : $Number(object.file) !== 0)
                                if ($util.Long)
                                    message.file = $util.Long.fromValue(object.file, true);
                                else if (typeof object.file === "string")
                                    message.file = $parseInt(object.file, 10);
                                else if (typeof object.file === "number")
                                    message.file = object.file;
                                else if (typeof object.file === "object")
                                    message.file = new $util.LongBits(object.file.low >>> 0, object.file.high >>> 0).toNumber(true);
                        if (object.inactiveFile != null)
                            if (typeof object.inactiveFile === "object" ? object.inactiveFile.low || object.inactiveFile.high : $Number(object.inactiveFile) !== 0)
                                if ($util.Long)
                                    message.inactiveFile = $util.Long.fromValue(object.inactiveFile, true);
                                else if (typeof object.inactiveFile === "string")
                                    message.inactiveFile = $parseInt(object.inactiveFile, 10);
                                else if (typeof object.inactiveFile === "number")
                                    message.inactiveFile = object.inactiveFile;
                                else if (typeof object.inactiveFile === "object")
                                    message.inactiveFile = new $util.LongBits(object.inactiveFile.low >>> 0, object.inactiveFile.high >>> 0).toNumber(true);
                        if (object.usage != null)
                            if (typeof object.usage === "object" ? object.usage.low || object.usage.high : $Number(object.usage) !== 0)
                                if ($util.Long)
                                    message.usage = $util.Long.fromValue(object.usage, true);
                                else if (typeof object.usage === "string")
                                    message.usage = $parseInt(object.usage, 10);
                                else if (typeof object.usage === "number")
                                    message.usage = object.usage;
                                else if (typeof object.usage === "object")
                                    message.usage = new $util.LongBits(object.usage.low >>> 0, object.usage.high >>> 0).toNumber(true);
                        if (object.usageLimit != null)
                            if (typeof object.usageLimit === "object" ? object.usageLimit.low || object.usageLimit.high : $Number(object.usageLimit) !== 0)
                                if ($util.Long)
                                    message.usageLimit = $util.Long.fromValue(object.usageLimit, true);
                                else if (typeof object.usageLimit === "string")
                                    message.usageLimit = $parseInt(object.usageLimit, 10);
                                else if (typeof object.usageLimit === "number")
                                    message.usageLimit = object.usageLimit;
                                else if (typeof object.usageLimit === "object")
                                    message.usageLimit = new $util.LongBits(object.usageLimit.low >>> 0, object.usageLimit.high >>> 0).toNumber(true);
                        if (object.swapUsage != null)
                            if (typeof object.swapUsage === "object" ? object.swapUsage.low || object.swapUsage.high : $Number(object.swapUsage) !== 0)
                                if ($util.Long)
                                    message.swapUsage = $util.Long.fromValue(object.swapUsage, true);
                                else if (typeof object.swapUsage === "string")
                                    message.swapUsage = $parseInt(object.swapUsage, 10);
                                else if (typeof object.swapUsage === "number")
                                    message.swapUsage = object.swapUsage;
                                else if (typeof object.swapUsage === "object")
                                    message.swapUsage = new $util.LongBits(object.swapUsage.low >>> 0, object.swapUsage.high >>> 0).toNumber(true);
                        if (object.swapLimit != null)
                            if (typeof object.swapLimit === "object" ? object.swapLimit.low || object.swapLimit.high : $Number(object.swapLimit) !== 0)
                                if ($util.Long)
                                    message.swapLimit = $util.Long.fromValue(object.swapLimit, true);
                                else if (typeof object.swapLimit === "string")
                                    message.swapLimit = $parseInt(object.swapLimit, 10);
                                else if (typeof object.swapLimit === "number")
                                    message.swapLimit = object.swapLimit;
                                else if (typeof object.swapLimit === "object")
                                    message.swapLimit = new $util.LongBits(object.swapLimit.low >>> 0, object.swapLimit.high >>> 0).toNumber(true);
                        return message;
                    };

                    MemoryStat.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.anon = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.anon = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.file = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.file = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.inactiveFile = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.inactiveFile = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.usage = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.usage = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.usageLimit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.usageLimit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.swapUsage = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.swapUsage = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.swapLimit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.swapLimit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.anon != null && $Object.hasOwnProperty.call(message, "anon"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.anon = typeof message.anon === "number" ? $BigInt(message.anon) : $util.Long.fromBits(message.anon.low >>> 0, message.anon.high >>> 0, true).toBigInt();
                            else if (typeof message.anon === "number")
                                object.anon = options.longs === $String ? $String(message.anon) : message.anon;
                            else
                                object.anon = options.longs === $String ? $util.Long.prototype.toString.call(message.anon) : options.longs === $Number ? new $util.LongBits(message.anon.low >>> 0, message.anon.high >>> 0).toNumber(true) : message.anon;
                        if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.file = typeof message.file === "number" ? $BigInt(message.file) : $util.Long.fromBits(message.file.low >>> 0, message.file.high >>> 0, true).toBigInt();
                            else if (typeof message.file === "number")
                                object.file = options.longs === $String ? $String(message.file) : message.file;
                            else
                                object.file = options.longs === $String ? $util.Long.prototype.toString.call(message.file) : options.longs === $Number ? new $util.LongBits(message.file.low >>> 0, message.file.high >>> 0).toNumber(true) : message.file;
                        if (message.inactiveFile != null && $Object.hasOwnProperty.call(message, "inactiveFile"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.inactiveFile = typeof message.inactiveFile === "number" ? $BigInt(message.inactiveFile) : $util.Long.fromBits(message.inactiveFile.low >>> 0, message.inactiveFile.high >>> 0, true).toBigInt();
                            else if (typeof message.inactiveFile === "number")
                                object.inactiveFile = options.longs === $String ? $String(message.inactiveFile) : message.inactiveFile;
                            else
                                object.inactiveFile = options.longs === $String ? $util.Long.prototype.toString.call(message.inactiveFile) : options.longs === $Number ? new $util.LongBits(message.inactiveFile.low >>> 0, message.inactiveFile.high >>> 0).toNumber(true) : message.inactiveFile;
                        if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.usage = typeof message.usage === "number" ? $BigInt(message.usage) : $util.Long.fromBits(message.usage.low >>> 0, message.usage.high >>> 0, true).toBigInt();
                            else if (typeof message.usage === "number")
                                object.usage = options.longs === $String ? $String(message.usage) : message.usage;
                            else
                                object.usage = options.longs === $String ? $util.Long.prototype.toString.call(message.usage) : options.longs === $Number ? new $util.LongBits(message.usage.low >>> 0, message.usage.high >>> 0).toNumber(true) : message.usage;
                        if (message.usageLimit != null && $Object.hasOwnProperty.call(message, "usageLimit"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.usageLimit = typeof message.usageLimit === "number" ? $BigInt(message.usageLimit) : $util.Long.fromBits(message.usageLimit.low >>> 0, message.usageLimit.high >>> 0, true).toBigInt();
                            else if (typeof message.usageLimit === "number")
                                object.usageLimit = options.longs === $String ? $String(message.usageLimit) : message.usageLimit;
                            else
                                object.usageLimit = options.longs === $String ? $util.Long.prototype.toString.call(message.usageLimit) : options.longs === $Number ? new $util.LongBits(message.usageLimit.low >>> 0, message.usageLimit.high >>> 0).toNumber(true) : message.usageLimit;
                        if (message.swapUsage != null && $Object.hasOwnProperty.call(message, "swapUsage"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.swapUsage = typeof message.swapUsage === "number" ? $BigInt(message.swapUsage) : $util.Long.fromBits(message.swapUsage.low >>> 0, message.swapUsage.high >>> 0, true).toBigInt();
                            else if (typeof message.swapUsage === "number")
                                object.swapUsage = options.longs === $String ? $String(message.swapUsage) : message.swapUsage;
                            else
                                object.swapUsage = options.longs === $String ? $util.Long.prototype.toString.call(message.swapUsage) : options.longs === $Number ? new $util.LongBits(message.swapUsage.low >>> 0, message.swapUsage.high >>> 0).toNumber(true) : message.swapUsage;
                        if (message.swapLimit != null && $Object.hasOwnProperty.call(message, "swapLimit"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.swapLimit = typeof message.swapLimit === "number" ? $BigInt(message.swapLimit) : $util.Long.fromBits(message.swapLimit.low >>> 0, message.swapLimit.high >>> 0, true).toBigInt();
                            else if (typeof message.swapLimit === "number")
                                object.swapLimit = options.longs === $String ? $String(message.swapLimit) : message.swapLimit;
                            else
                                object.swapLimit = options.longs === $String ? $util.Long.prototype.toString.call(message.swapLimit) : options.longs === $Number ? new $util.LongBits(message.swapLimit.low >>> 0, message.swapLimit.high >>> 0).toNumber(true) : message.swapLimit;
                        return object;
                    };

                    MemoryStat.prototype.toJSON = function() {
                        return MemoryStat.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return MemoryStat;
                })();

                v2.Metrics = (function() {

                    const Metrics = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Metrics.prototype.pids = null;
                    Metrics.prototype.cpu = null;
                    Metrics.prototype.memory = null;
                    Metrics.prototype.io = null;
                    Metrics.prototype.memoryEvents = null;

                    Metrics.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.pids != null && $Object.hasOwnProperty.call(message, "pids"))
                            $root.io.containerd.cgroups.v2.PidsStat.encode(message.pids, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                            $root.io.containerd.cgroups.v2.CPUStat.encode(message.cpu, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                            $root.io.containerd.cgroups.v2.MemoryStat.encode(message.memory, writer.uint32(34).fork(), _depth + 1).ldelim();
                        if (message.io != null && $Object.hasOwnProperty.call(message, "io"))
                            $root.io.containerd.cgroups.v2.IOStat.encode(message.io, writer.uint32(50).fork(), _depth + 1).ldelim();
                        if (message.memoryEvents != null && $Object.hasOwnProperty.call(message, "memoryEvents"))
                            $root.io.containerd.cgroups.v2.MemoryEvents.encode(message.memoryEvents, writer.uint32(66).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Metrics.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v2.Metrics();
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
                                    message.pids = $root.io.containerd.cgroups.v2.PidsStat.decode(reader, reader.size(), $undefined, _depth + 1, message.pids);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.cpu = $root.io.containerd.cgroups.v2.CPUStat.decode(reader, reader.size(), $undefined, _depth + 1, message.cpu);
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.memory = $root.io.containerd.cgroups.v2.MemoryStat.decode(reader, reader.size(), $undefined, _depth + 1, message.memory);
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    message.io = $root.io.containerd.cgroups.v2.IOStat.decode(reader, reader.size(), $undefined, _depth + 1, message.io);
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    message.memoryEvents = $root.io.containerd.cgroups.v2.MemoryEvents.decode(reader, reader.size(), $undefined, _depth + 1, message.memoryEvents);
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

                    Metrics.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v2.Metrics)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v2.Metrics: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v2.Metrics();
                        if (object.pids != null) {
                            if (!$util.isObject(object.pids))
                                throw $TypeError(".io.containerd.cgroups.v2.Metrics.pids: object expected");
                            message.pids = $root.io.containerd.cgroups.v2.PidsStat.fromObject(object.pids, _depth + 1);
                        }
                        if (object.cpu != null) {
                            if (!$util.isObject(object.cpu))
                                throw $TypeError(".io.containerd.cgroups.v2.Metrics.cpu: object expected");
                            message.cpu = $root.io.containerd.cgroups.v2.CPUStat.fromObject(object.cpu, _depth + 1);
                        }
                        if (object.memory != null) {
                            if (!$util.isObject(object.memory))
                                throw $TypeError(".io.containerd.cgroups.v2.Metrics.memory: object expected");
                            message.memory = $root.io.containerd.cgroups.v2.MemoryStat.fromObject(object.memory, _depth + 1);
                        }
                        if (object.io != null) {
                            if (!$util.isObject(object.io))
                                throw $TypeError(".io.containerd.cgroups.v2.Metrics.io: object expected");
                            message.io = $root.io.containerd.cgroups.v2.IOStat.fromObject(object.io, _depth + 1);
                        }
                        if (object.memoryEvents != null) {
                            if (!$util.isObject(object.memoryEvents))
                                throw $TypeError(".io.containerd.cgroups.v2.Metrics.memoryEvents: object expected");
                            message.memoryEvents = $root.io.containerd.cgroups.v2.MemoryEvents.fromObject(object.memoryEvents, _depth + 1);
                        }
                        return message;
                    };

                    Metrics.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.pids = null;
                            object.cpu = null;
                            object.memory = null;
                            object.io = null;
                            object.memoryEvents = null;
                        }
                        if (message.pids != null && $Object.hasOwnProperty.call(message, "pids"))
                            object.pids = $root.io.containerd.cgroups.v2.PidsStat.toObject(message.pids, options, _depth + 1);
                        if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                            object.cpu = $root.io.containerd.cgroups.v2.CPUStat.toObject(message.cpu, options, _depth + 1);
                        if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                            object.memory = $root.io.containerd.cgroups.v2.MemoryStat.toObject(message.memory, options, _depth + 1);
                        if (message.io != null && $Object.hasOwnProperty.call(message, "io"))
                            object.io = $root.io.containerd.cgroups.v2.IOStat.toObject(message.io, options, _depth + 1);
                        if (message.memoryEvents != null && $Object.hasOwnProperty.call(message, "memoryEvents"))
                            object.memoryEvents = $root.io.containerd.cgroups.v2.MemoryEvents.toObject(message.memoryEvents, options, _depth + 1);
                        return object;
                    };

                    Metrics.prototype.toJSON = function() {
                        return Metrics.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Metrics;
                })();

                v2.PidsStat = (function() {

                    const PidsStat = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PidsStat.prototype.current = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    PidsStat.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    PidsStat.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.current != null && $Object.hasOwnProperty.call(message, "current") && (typeof message.current === "object" ? message.current.low || message.current.high : message.current !== 0))
                            writer.uint32(8).uint64(message.current);
                        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                            writer.uint32(16).uint64(message.limit);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PidsStat.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.io.containerd.cgroups.v2.PidsStat();
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
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.current = value;
                                    else
                                        delete message.current;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.limit = value;
                                    else
                                        delete message.limit;
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

                    PidsStat.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.containerd.cgroups.v2.PidsStat)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.containerd.cgroups.v2.PidsStat: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.containerd.cgroups.v2.PidsStat();
                        if (object.current != null)
                            if (typeof object.current === "object" ? object.current.low || object.current.high : $Number(object.current) !== 0)
                                if ($util.Long)
                                    message.current = $util.Long.fromValue(object.current, true);
                                else if (typeof object.current === "string")
                                    message.current = $parseInt(object.current, 10);
                                else if (typeof object.current === "number")
                                    message.current = object.current;
                                else if (typeof object.current === "object")
                                    message.current = new $util.LongBits(object.current.low >>> 0, object.current.high >>> 0).toNumber(true);
                        if (object.limit != null)
                            if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                                if ($util.Long)
                                    message.limit = $util.Long.fromValue(object.limit, true);
                                else if (typeof object.limit === "string")
                                    message.limit = $parseInt(object.limit, 10);
                                else if (typeof object.limit === "number")
                                    message.limit = object.limit;
                                else if (typeof object.limit === "object")
                                    message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber(true);
                        return message;
                    };

                    PidsStat.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.current = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.current = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.current != null && $Object.hasOwnProperty.call(message, "current"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.current = typeof message.current === "number" ? $BigInt(message.current) : $util.Long.fromBits(message.current.low >>> 0, message.current.high >>> 0, true).toBigInt();
                            else if (typeof message.current === "number")
                                object.current = options.longs === $String ? $String(message.current) : message.current;
                            else
                                object.current = options.longs === $String ? $util.Long.prototype.toString.call(message.current) : options.longs === $Number ? new $util.LongBits(message.current.low >>> 0, message.current.high >>> 0).toNumber(true) : message.current;
                        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, true).toBigInt();
                            else if (typeof message.limit === "number")
                                object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                            else
                                object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber(true) : message.limit;
                        return object;
                    };

                    PidsStat.prototype.toJSON = function() {
                        return PidsStat.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return PidsStat;
                })();

                return v2;
            })();

            return cgroups;
        })();

        return containerd;
    })();

    return io;
})();

export {
  $root as default
};

export const methods = {};
