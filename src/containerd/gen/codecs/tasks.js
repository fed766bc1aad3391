/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["podctl_tasks"] || ($protobuf.roots["podctl_tasks"] = {});

export const containerd = $root.containerd = (() => {

    const containerd = {};

    containerd.services = (function() {

        const services = {};

        services.tasks = (function() {

            const tasks = {};

            tasks.v1 = (function() {

                const v1 = {};

                v1.CheckpointTaskRequest = (function() {

                    const CheckpointTaskRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CheckpointTaskRequest.prototype.containerId = "";
                    CheckpointTaskRequest.prototype.parentCheckpoint = "";
                    CheckpointTaskRequest.prototype.options = null;

                    CheckpointTaskRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.parentCheckpoint != null && $Object.hasOwnProperty.call(message, "parentCheckpoint") && message.parentCheckpoint !== "")
                            writer.uint32(18).string(message.parentCheckpoint);
                        if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                            $root.google.protobuf.Any.encode(message.options, writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CheckpointTaskRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.CheckpointTaskRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.parentCheckpoint = value;
                                    else
                                        delete message.parentCheckpoint;
                                    continue;
                                }
                            case 3: {
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

                    CheckpointTaskRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.CheckpointTaskRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.CheckpointTaskRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.CheckpointTaskRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        if (object.parentCheckpoint != null)
                            if (typeof object.parentCheckpoint !== "string" || object.parentCheckpoint.length)
                                message.parentCheckpoint = $String(object.parentCheckpoint);
                        if (object.options != null) {
                            if (!$util.isObject(object.options))
                                throw $TypeError(".containerd.services.tasks.v1.CheckpointTaskRequest.options: object expected");
                            message.options = $root.google.protobuf.Any.fromObject(object.options, _depth + 1);
                        }
                        return message;
                    };

                    CheckpointTaskRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.containerId = "";
                            object.parentCheckpoint = "";
                            object.options = null;
                        }
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        if (message.parentCheckpoint != null && $Object.hasOwnProperty.call(message, "parentCheckpoint"))
                            object.parentCheckpoint = message.parentCheckpoint;
                        if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                            object.options = $root.google.protobuf.Any.toObject(message.options, options, _depth + 1);
                        return object;
                    };

                    CheckpointTaskRequest.prototype.toJSON = function() {
                        return CheckpointTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CheckpointTaskRequest;
                })();

                v1.CheckpointTaskResponse = (function() {

                    const CheckpointTaskResponse = function (properties) {
                        this.descriptors = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CheckpointTaskResponse.prototype.descriptors = $util.emptyArray;

                    CheckpointTaskResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.descriptors != null && message.descriptors.length)
                            for (let i = 0; i < message.descriptors.length; ++i)
                                $root.containerd.types.Descriptor.encode(message.descriptors[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CheckpointTaskResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.CheckpointTaskResponse();
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
                                    if (!(message.descriptors && message.descriptors.length))
                                        message.descriptors = [];
                                    message.descriptors.push($root.containerd.types.Descriptor.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    CheckpointTaskResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.CheckpointTaskResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.CheckpointTaskResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.CheckpointTaskResponse();
                        if (object.descriptors) {
                            if (!$Array.isArray(object.descriptors))
                                throw $TypeError(".containerd.services.tasks.v1.CheckpointTaskResponse.descriptors: array expected");
                            message.descriptors = $Array(object.descriptors.length);
                            for (let i = 0; i < object.descriptors.length; ++i) {
                                if (!$util.isObject(object.descriptors[i]))
                                    throw $TypeError(".containerd.services.tasks.v1.CheckpointTaskResponse.descriptors: object expected");
                                message.descriptors[i] = $root.containerd.types.Descriptor.fromObject(object.descriptors[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    CheckpointTaskResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.descriptors = [];
                        if (message.descriptors && message.descriptors.length) {
                            object.descriptors = $Array(message.descriptors.length);
                            for (let j = 0; j < message.descriptors.length; ++j)
                                object.descriptors[j] = $root.containerd.types.Descriptor.toObject(message.descriptors[j], options, _depth + 1);
                        }
                        return object;
                    };

                    CheckpointTaskResponse.prototype.toJSON = function() {
                        return CheckpointTaskResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CheckpointTaskResponse;
                })();

                v1.CloseIORequest = (function() {

                    const CloseIORequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CloseIORequest.prototype.containerId = "";
                    CloseIORequest.prototype.execId = "";
                    CloseIORequest.prototype.stdin = false;

                    CloseIORequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                            writer.uint32(18).string(message.execId);
                        if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== false)
                            writer.uint32(24).bool(message.stdin);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CloseIORequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.CloseIORequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.execId = value;
                                    else
                                        delete message.execId;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.stdin = value;
                                    else
                                        delete message.stdin;
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

                    CloseIORequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.CloseIORequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.CloseIORequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.CloseIORequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        if (object.execId != null)
                            if (typeof object.execId !== "string" || object.execId.length)
                                message.execId = $String(object.execId);
                        if (object.stdin != null)
                            if (object.stdin)
                                message.stdin = $Boolean(object.stdin);
                        return message;
                    };

                    CloseIORequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.containerId = "";
                            object.execId = "";
                            object.stdin = false;
                        }
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                            object.execId = message.execId;
                        if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                            object.stdin = message.stdin;
                        return object;
                    };

                    CloseIORequest.prototype.toJSON = function() {
                        return CloseIORequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CloseIORequest;
                })();

                v1.CreateTaskRequest = (function() {

                    const CreateTaskRequest = function (properties) {
                        this.rootfs = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CreateTaskRequest.prototype.containerId = "";
                    CreateTaskRequest.prototype.rootfs = $util.emptyArray;
                    CreateTaskRequest.prototype.stdin = "";
                    CreateTaskRequest.prototype.stdout = "";
                    CreateTaskRequest.prototype.stderr = "";
                    CreateTaskRequest.prototype.terminal = false;
                    CreateTaskRequest.prototype.checkpoint = null;
                    CreateTaskRequest.prototype.options = null;
                    CreateTaskRequest.prototype.runtimePath = "";

                    CreateTaskRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.rootfs != null && message.rootfs.length)
                            for (let i = 0; i < message.rootfs.length; ++i)
                                $root.containerd.types.Mount.encode(message.rootfs[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== "")
                            writer.uint32(34).string(message.stdin);
                        if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout !== "")
                            writer.uint32(42).string(message.stdout);
                        if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr !== "")
                            writer.uint32(50).string(message.stderr);
                        if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal") && message.terminal !== false)
                            writer.uint32(56).bool(message.terminal);
                        if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                            $root.containerd.types.Descriptor.encode(message.checkpoint, writer.uint32(66).fork(), _depth + 1).ldelim();
                        if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                            $root.google.protobuf.Any.encode(message.options, writer.uint32(74).fork(), _depth + 1).ldelim();
                        if (message.runtimePath != null && $Object.hasOwnProperty.call(message, "runtimePath") && message.runtimePath !== "")
                            writer.uint32(82).string(message.runtimePath);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CreateTaskRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.CreateTaskRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.rootfs && message.rootfs.length))
                                        message.rootfs = [];
                                    message.rootfs.push($root.containerd.types.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.stdin = value;
                                    else
                                        delete message.stdin;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.stdout = value;
                                    else
                                        delete message.stdout;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.stderr = value;
                                    else
                                        delete message.stderr;
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.terminal = value;
                                    else
                                        delete message.terminal;
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    message.checkpoint = $root.containerd.types.Descriptor.decode(reader, reader.size(), $undefined, _depth + 1, message.checkpoint);
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 2)
                                        break;
                                    message.options = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.runtimePath = value;
                                    else
                                        delete message.runtimePath;
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

                    CreateTaskRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.CreateTaskRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.CreateTaskRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.CreateTaskRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        if (object.rootfs) {
                            if (!$Array.isArray(object.rootfs))
                                throw $TypeError(".containerd.services.tasks.v1.CreateTaskRequest.rootfs: array expected");
                            message.rootfs = $Array(object.rootfs.length);
                            for (let i = 0; i < object.rootfs.length; ++i) {
                                if (!$util.isObject(object.rootfs[i]))
                                    throw $TypeError(".containerd.services.tasks.v1.CreateTaskRequest.rootfs: object expected");
                                message.rootfs[i] = $root.containerd.types.Mount.fromObject(object.rootfs[i], _depth + 1);
                            }
                        }
                        if (object.stdin != null)
                            if (typeof object.stdin !== "string" || object.stdin.length)
                                message.stdin = $String(object.stdin);
                        if (object.stdout != null)
                            if (typeof object.stdout !== "string" || object.stdout.length)
                                message.stdout = $String(object.stdout);
                        if (object.stderr != null)
                            if (typeof object.stderr !== "string" || object.stderr.length)
                                message.stderr = $String(object.stderr);
                        if (object.terminal != null)
                            if (object.terminal)
                                message.terminal = $Boolean(object.terminal);
                        if (object.checkpoint != null) {
                            if (!$util.isObject(object.checkpoint))
                                throw $TypeError(".containerd.services.tasks.v1.CreateTaskRequest.checkpoint: object expected");
                            message.checkpoint = $root.containerd.types.Descriptor.fromObject(object.checkpoint, _depth + 1);
                        }
                        if (object.options != null) {
                            if (!$util.isObject(object.options))
                                throw $TypeError(".containerd.services.tasks.v1.CreateTaskRequest.options: object expected");
                            message.options = $root.google.protobuf.Any.fromObject(object.options, _depth + 1);
                        }
                        if (object.runtimePath != null)
                            if (typeof object.runtimePath !== "string" || object.runtimePath.length)
                                message.runtimePath = $String(object.runtimePath);
                        return message;
                    };

                    CreateTaskRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.rootfs = [];
                        if (options.defaults) {
                            object.containerId = "";
                            object.stdin = "";
                            object.stdout = "";
                            object.stderr = "";
                            object.terminal = false;
                            object.checkpoint = null;
                            object.options = null;
                            object.runtimePath = "";
                        }
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        if (message.rootfs && message.rootfs.length) {
                            object.rootfs = $Array(message.rootfs.length);
                            for (let j = 0; j < message.rootfs.length; ++j)
                                object.rootfs[j] = $root.containerd.types.Mount.toObject(message.rootfs[j], options, _depth + 1);
                        }
                        if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                            object.stdin = message.stdin;
                        if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                            object.stdout = message.stdout;
                        if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                            object.stderr = message.stderr;
                        if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal"))
                            object.terminal = message.terminal;
                        if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                            object.checkpoint = $root.containerd.types.Descriptor.toObject(message.checkpoint, options, _depth + 1);
                        if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                            object.options = $root.google.protobuf.Any.toObject(message.options, options, _depth + 1);
                        if (message.runtimePath != null && $Object.hasOwnProperty.call(message, "runtimePath"))
                            object.runtimePath = message.runtimePath;
                        return object;
                    };

                    CreateTaskRequest.prototype.toJSON = function() {
                        return CreateTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CreateTaskRequest;
                })();

                v1.CreateTaskResponse = (function() {

                    const CreateTaskResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    CreateTaskResponse.prototype.containerId = "";
                    CreateTaskResponse.prototype.pid = 0;

                    CreateTaskResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                            writer.uint32(16).uint32(message.pid);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    CreateTaskResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.CreateTaskResponse();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.pid = value;
                                    else
                                        delete message.pid;
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

                    CreateTaskResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.CreateTaskResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.CreateTaskResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.CreateTaskResponse();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        if (object.pid != null)
                            if ($Number(object.pid) !== 0)
                                message.pid = object.pid >>> 0;
                        return message;
                    };

                    CreateTaskResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.containerId = "";
                            object.pid = 0;
                        }
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                            object.pid = message.pid;
                        return object;
                    };

                    CreateTaskResponse.prototype.toJSON = function() {
                        return CreateTaskResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return CreateTaskResponse;
                })();

                v1.DeleteProcessRequest = (function() {

                    const DeleteProcessRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    DeleteProcessRequest.prototype.containerId = "";
                    DeleteProcessRequest.prototype.execId = "";

                    DeleteProcessRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                            writer.uint32(18).string(message.execId);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    DeleteProcessRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.DeleteProcessRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.execId = value;
                                    else
                                        delete message.execId;
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

                    DeleteProcessRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.DeleteProcessRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.DeleteProcessRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.DeleteProcessRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        if (object.execId != null)
                            if (typeof object.execId !== "string" || object.execId.length)
                                message.execId = $String(object.execId);
                        return message;
                    };

                    DeleteProcessRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.containerId = "";
                            object.execId = "";
                        }
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                            object.execId = message.execId;
                        return object;
                    };

                    DeleteProcessRequest.prototype.toJSON = function() {
                        return DeleteProcessRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return DeleteProcessRequest;
                })();

                v1.DeleteResponse = (function() {

                    const DeleteResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    DeleteResponse.prototype.id = "";
                    DeleteResponse.prototype.pid = 0;
                    DeleteResponse.prototype.exitStatus = 0;
                    DeleteResponse.prototype.exitedAt = null;

                    DeleteResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                            writer.uint32(10).string(message.id);
                        if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                            writer.uint32(16).uint32(message.pid);
                        if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                            writer.uint32(24).uint32(message.exitStatus);
                        if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                            $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(34).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    DeleteResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.DeleteResponse();
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
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.pid = value;
                                    else
                                        delete message.pid;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.exitStatus = value;
                                    else
                                        delete message.exitStatus;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.exitedAt);
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

                    DeleteResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.DeleteResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.DeleteResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.DeleteResponse();
                        if (object.id != null)
                            if (typeof object.id !== "string" || object.id.length)
                                message.id = $String(object.id);
                        if (object.pid != null)
                            if ($Number(object.pid) !== 0)
                                message.pid = object.pid >>> 0;
                        if (object.exitStatus != null)
                            if ($Number(object.exitStatus) !== 0)
                                message.exitStatus = object.exitStatus >>> 0;
                        if (object.exitedAt != null) {
                            if (!$util.isObject(object.exitedAt))
                                throw $TypeError(".containerd.services.tasks.v1.DeleteResponse.exitedAt: object expected");
                            message.exitedAt = $root.google.protobuf.Timestamp.fromObject(object.exitedAt, _depth + 1);
                        }
                        return message;
                    };

                    DeleteResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.id = "";
                            object.pid = 0;
                            object.exitStatus = 0;
                            object.exitedAt = null;
                        }
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            object.id = message.id;
                        if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                            object.pid = message.pid;
                        if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                            object.exitStatus = message.exitStatus;
                        if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                            object.exitedAt = $root.google.protobuf.Timestamp.toObject(message.exitedAt, options, _depth + 1);
                        return object;
                    };

                    DeleteResponse.prototype.toJSON = function() {
                        return DeleteResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return DeleteResponse;
                })();

                v1.DeleteTaskRequest = (function() {

                    const DeleteTaskRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    DeleteTaskRequest.prototype.containerId = "";

                    DeleteTaskRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    DeleteTaskRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.DeleteTaskRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
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

                    DeleteTaskRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.DeleteTaskRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.DeleteTaskRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.DeleteTaskRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        return message;
                    };

                    DeleteTaskRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.containerId = "";
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        return object;
                    };

                    DeleteTaskRequest.prototype.toJSON = function() {
                        return DeleteTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return DeleteTaskRequest;
                })();

                v1.ExecProcessRequest = (function() {

                    const ExecProcessRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ExecProcessRequest.prototype.containerId = "";
                    ExecProcessRequest.prototype.stdin = "";
                    ExecProcessRequest.prototype.stdout = "";
                    ExecProcessRequest.prototype.stderr = "";
                    ExecProcessRequest.prototype.terminal = false;
                    ExecProcessRequest.prototype.spec = null;
                    ExecProcessRequest.prototype.execId = "";

                    ExecProcessRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== "")
                            writer.uint32(18).string(message.stdin);
                        if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout !== "")
                            writer.uint32(26).string(message.stdout);
                        if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr !== "")
                            writer.uint32(34).string(message.stderr);
                        if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal") && message.terminal !== false)
                            writer.uint32(40).bool(message.terminal);
                        if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                            $root.google.protobuf.Any.encode(message.spec, writer.uint32(50).fork(), _depth + 1).ldelim();
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                            writer.uint32(58).string(message.execId);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ExecProcessRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.ExecProcessRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.stdin = value;
                                    else
                                        delete message.stdin;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.stdout = value;
                                    else
                                        delete message.stdout;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.stderr = value;
                                    else
                                        delete message.stderr;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.terminal = value;
                                    else
                                        delete message.terminal;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    message.spec = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.execId = value;
                                    else
                                        delete message.execId;
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

                    ExecProcessRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.ExecProcessRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.ExecProcessRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.ExecProcessRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        if (object.stdin != null)
                            if (typeof object.stdin !== "string" || object.stdin.length)
                                message.stdin = $String(object.stdin);
                        if (object.stdout != null)
                            if (typeof object.stdout !== "string" || object.stdout.length)
                                message.stdout = $String(object.stdout);
                        if (object.stderr != null)
                            if (typeof object.stderr !== "string" || object.stderr.length)
                                message.stderr = $String(object.stderr);
                        if (object.terminal != null)
                            if (object.terminal)
                                message.terminal = $Boolean(object.terminal);
                        if (object.spec != null) {
                            if (!$util.isObject(object.spec))
                                throw $TypeError(".containerd.services.tasks.v1.ExecProcessRequest.spec: object expected");
                            message.spec = $root.google.protobuf.Any.fromObject(object.spec, _depth + 1);
                        }
                        if (object.execId != null)
                            if (typeof object.execId !== "string" || object.execId.length)
                                message.execId = $String(object.execId);
                        return message;
                    };

                    ExecProcessRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.containerId = "";
                            object.stdin = "";
                            object.stdout = "";
                            object.stderr = "";
                            object.terminal = false;
                            object.spec = null;
                            object.execId = "";
                        }
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                            object.stdin = message.stdin;
                        if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                            object.stdout = message.stdout;
                        if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                            object.stderr = message.stderr;
                        if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal"))
                            object.terminal = message.terminal;
                        if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                            object.spec = $root.google.protobuf.Any.toObject(message.spec, options, _depth + 1);
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                            object.execId = message.execId;
                        return object;
                    };

                    ExecProcessRequest.prototype.toJSON = function() {
                        return ExecProcessRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ExecProcessRequest;
                })();

                v1.GetRequest = (function() {

                    const GetRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    GetRequest.prototype.containerId = "";
                    GetRequest.prototype.execId = "";

                    GetRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                            writer.uint32(18).string(message.execId);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    GetRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.GetRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.execId = value;
                                    else
                                        delete message.execId;
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

                    GetRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.GetRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.GetRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.GetRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        if (object.execId != null)
                            if (typeof object.execId !== "string" || object.execId.length)
                                message.execId = $String(object.execId);
                        return message;
                    };

                    GetRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.containerId = "";
                            object.execId = "";
                        }
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                            object.execId = message.execId;
                        return object;
                    };

                    GetRequest.prototype.toJSON = function() {
                        return GetRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return GetRequest;
                })();

                v1.GetResponse = (function() {

                    const GetResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    GetResponse.prototype.process = null;

                    GetResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.process != null && $Object.hasOwnProperty.call(message, "process"))
                            $root.containerd.v1.types.Process.encode(message.process, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    GetResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.GetResponse();
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
                                    message.process = $root.containerd.v1.types.Process.decode(reader, reader.size(), $undefined, _depth + 1, message.process);
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

                    GetResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.GetResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.GetResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.GetResponse();
                        if (object.process != null) {
                            if (!$util.isObject(object.process))
                                throw $TypeError(".containerd.services.tasks.v1.GetResponse.process: object expected");
                            message.process = $root.containerd.v1.types.Process.fromObject(object.process, _depth + 1);
                        }
                        return message;
                    };

                    GetResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.process = null;
                        if (message.process != null && $Object.hasOwnProperty.call(message, "process"))
                            object.process = $root.containerd.v1.types.Process.toObject(message.process, options, _depth + 1);
                        return object;
                    };

                    GetResponse.prototype.toJSON = function() {
                        return GetResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return GetResponse;
                })();

                v1.KillRequest = (function() {

                    const KillRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    KillRequest.prototype.containerId = "";
                    KillRequest.prototype.execId = "";
                    KillRequest.prototype.signal = 0;
                    KillRequest.prototype.all = false;

                    KillRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                            writer.uint32(18).string(message.execId);
                        if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== 0)
                            writer.uint32(24).uint32(message.signal);
                        if (message.all != null && $Object.hasOwnProperty.call(message, "all") && message.all !== false)
                            writer.uint32(32).bool(message.all);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    KillRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.KillRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.execId = value;
                                    else
                                        delete message.execId;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.signal = value;
                                    else
                                        delete message.signal;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.all = value;
                                    else
                                        delete message.all;
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

                    KillRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.KillRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.KillRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.KillRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        if (object.execId != null)
                            if (typeof object.execId !== "string" || object.execId.length)
                                message.execId = $String(object.execId);
                        if (object.signal != null)
                            if ($Number(object.signal) !== 0)
                                message.signal = object.signal >>> 0;
                        if (object.all != null)
                            if (object.all)
                                message.all = $Boolean(object.all);
                        return message;
                    };

                    KillRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.containerId = "";
                            object.execId = "";
                            object.signal = 0;
                            object.all = false;
                        }
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                            object.execId = message.execId;
                        if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                            object.signal = message.signal;
                        if (message.all != null && $Object.hasOwnProperty.call(message, "all"))
                            object.all = message.all;
                        return object;
                    };

                    KillRequest.prototype.toJSON = function() {
                        return KillRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return KillRequest;
                })();

                v1.ListPidsRequest = (function() {

                    const ListPidsRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListPidsRequest.prototype.containerId = "";

                    ListPidsRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ListPidsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.ListPidsRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
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

                    ListPidsRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.ListPidsRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.ListPidsRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.ListPidsRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        return message;
                    };

                    ListPidsRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.containerId = "";
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        return object;
                    };

                    ListPidsRequest.prototype.toJSON = function() {
                        return ListPidsRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListPidsRequest;
                })();

                v1.ListPidsResponse = (function() {

                    const ListPidsResponse = function (properties) {
                        this.processes = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListPidsResponse.prototype.processes = $util.emptyArray;

                    ListPidsResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.processes != null && message.processes.length)
                            for (let i = 0; i < message.processes.length; ++i)
                                $root.containerd.v1.types.ProcessInfo.encode(message.processes[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ListPidsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.ListPidsResponse();
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
                                    if (!(message.processes && message.processes.length))
                                        message.processes = [];
                                    message.processes.push($root.containerd.v1.types.ProcessInfo.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    ListPidsResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.ListPidsResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.ListPidsResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.ListPidsResponse();
                        if (object.processes) {
                            if (!$Array.isArray(object.processes))
                                throw $TypeError(".containerd.services.tasks.v1.ListPidsResponse.processes: array expected");
                            message.processes = $Array(object.processes.length);
                            for (let i = 0; i < object.processes.length; ++i) {
                                if (!$util.isObject(object.processes[i]))
                                    throw $TypeError(".containerd.services.tasks.v1.ListPidsResponse.processes: object expected");
                                message.processes[i] = $root.containerd.v1.types.ProcessInfo.fromObject(object.processes[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    ListPidsResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.processes = [];
                        if (message.processes && message.processes.length) {
                            object.processes = $Array(message.processes.length);
                            for (let j = 0; j < message.processes.length; ++j)
                                object.processes[j] = $root.containerd.v1.types.ProcessInfo.toObject(message.processes[j], options, _depth + 1);
                        }
                        return object;
                    };

                    ListPidsResponse.prototype.toJSON = function() {
                        return ListPidsResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListPidsResponse;
                })();

                v1.ListTasksRequest = (function() {

                    const ListTasksRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListTasksRequest.prototype.filter = "";

                    ListTasksRequest.encode = function (message, writer, _depth) {
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

                    ListTasksRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.ListTasksRequest();
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

                    ListTasksRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.ListTasksRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.ListTasksRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.ListTasksRequest();
                        if (object.filter != null)
                            if (typeof object.filter !== "string" || object.filter.length)
                                message.filter = $String(object.filter);
                        return message;
                    };

                    ListTasksRequest.toObject = function (message, options, _depth) {
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

                    ListTasksRequest.prototype.toJSON = function() {
                        return ListTasksRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListTasksRequest;
                })();

                v1.ListTasksResponse = (function() {

                    const ListTasksResponse = function (properties) {
                        this.tasks = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ListTasksResponse.prototype.tasks = $util.emptyArray;

                    ListTasksResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.tasks != null && message.tasks.length)
                            for (let i = 0; i < message.tasks.length; ++i)
                                $root.containerd.v1.types.Process.encode(message.tasks[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ListTasksResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.ListTasksResponse();
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
                                    if (!(message.tasks && message.tasks.length))
                                        message.tasks = [];
                                    message.tasks.push($root.containerd.v1.types.Process.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    ListTasksResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.ListTasksResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.ListTasksResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.ListTasksResponse();
                        if (object.tasks) {
                            if (!$Array.isArray(object.tasks))
                                throw $TypeError(".containerd.services.tasks.v1.ListTasksResponse.tasks: array expected");
                            message.tasks = $Array(object.tasks.length);
                            for (let i = 0; i < object.tasks.length; ++i) {
                                if (!$util.isObject(object.tasks[i]))
                                    throw $TypeError(".containerd.services.tasks.v1.ListTasksResponse.tasks: object expected");
                                message.tasks[i] = $root.containerd.v1.types.Process.fromObject(object.tasks[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    ListTasksResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.tasks = [];
                        if (message.tasks && message.tasks.length) {
                            object.tasks = $Array(message.tasks.length);
                            for (let j = 0; j < message.tasks.length; ++j)
                                object.tasks[j] = $root.containerd.v1.types.Process.toObject(message.tasks[j], options, _depth + 1);
                        }
                        return object;
                    };

                    ListTasksResponse.prototype.toJSON = function() {
                        return ListTasksResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ListTasksResponse;
                })();

                v1.MetricsRequest = (function() {

                    const MetricsRequest = function (properties) {
                        this.filters = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    MetricsRequest.prototype.filters = $util.emptyArray;

                    MetricsRequest.encode = function (message, writer, _depth) {
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

                    MetricsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.MetricsRequest();
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

                    MetricsRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.MetricsRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.MetricsRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.MetricsRequest();
                        if (object.filters) {
                            if (!$Array.isArray(object.filters))
                                throw $TypeError(".containerd.services.tasks.v1.MetricsRequest.filters: array expected");
                            message.filters = $Array(object.filters.length);
                            for (let i = 0; i < object.filters.length; ++i)
                                message.filters[i] = $String(object.filters[i]);
                        }
                        return message;
                    };

                    MetricsRequest.toObject = function (message, options, _depth) {
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

                    MetricsRequest.prototype.toJSON = function() {
                        return MetricsRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return MetricsRequest;
                })();

                v1.MetricsResponse = (function() {

                    const MetricsResponse = function (properties) {
                        this.metrics = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    MetricsResponse.prototype.metrics = $util.emptyArray;

                    MetricsResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.metrics != null && message.metrics.length)
                            for (let i = 0; i < message.metrics.length; ++i)
                                $root.containerd.types.Metric.encode(message.metrics[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    MetricsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.MetricsResponse();
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
                                    if (!(message.metrics && message.metrics.length))
                                        message.metrics = [];
                                    message.metrics.push($root.containerd.types.Metric.decode(reader, reader.size(), $undefined, _depth + 1));
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

                    MetricsResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.MetricsResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.MetricsResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.MetricsResponse();
                        if (object.metrics) {
                            if (!$Array.isArray(object.metrics))
                                throw $TypeError(".containerd.services.tasks.v1.MetricsResponse.metrics: array expected");
                            message.metrics = $Array(object.metrics.length);
                            for (let i = 0; i < object.metrics.length; ++i) {
                                if (!$util.isObject(object.metrics[i]))
                                    throw $TypeError(".containerd.services.tasks.v1.MetricsResponse.metrics: object expected");
                                message.metrics[i] = $root.containerd.types.Metric.fromObject(object.metrics[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    MetricsResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.metrics = [];
                        if (message.metrics && message.metrics.length) {
                            object.metrics = $Array(message.metrics.length);
                            for (let j = 0; j < message.metrics.length; ++j)
                                object.metrics[j] = $root.containerd.types.Metric.toObject(message.metrics[j], options, _depth + 1);
                        }
                        return object;
                    };

                    MetricsResponse.prototype.toJSON = function() {
                        return MetricsResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return MetricsResponse;
                })();

                v1.PauseTaskRequest = (function() {

                    const PauseTaskRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PauseTaskRequest.prototype.containerId = "";

                    PauseTaskRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PauseTaskRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.PauseTaskRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
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

                    PauseTaskRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.PauseTaskRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.PauseTaskRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.PauseTaskRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        return message;
                    };

                    PauseTaskRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.containerId = "";
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        return object;
                    };

                    PauseTaskRequest.prototype.toJSON = function() {
                        return PauseTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return PauseTaskRequest;
                })();

                v1.ResizePtyRequest = (function() {

                    const ResizePtyRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ResizePtyRequest.prototype.containerId = "";
                    ResizePtyRequest.prototype.execId = "";
                    ResizePtyRequest.prototype.width = 0;
                    ResizePtyRequest.prototype.height = 0;

                    ResizePtyRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                            writer.uint32(18).string(message.execId);
                        if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                            writer.uint32(24).uint32(message.width);
                        if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                            writer.uint32(32).uint32(message.height);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ResizePtyRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.ResizePtyRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.execId = value;
                                    else
                                        delete message.execId;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.width = value;
                                    else
                                        delete message.width;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.height = value;
                                    else
                                        delete message.height;
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

                    ResizePtyRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.ResizePtyRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.ResizePtyRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.ResizePtyRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        if (object.execId != null)
                            if (typeof object.execId !== "string" || object.execId.length)
                                message.execId = $String(object.execId);
                        if (object.width != null)
                            if ($Number(object.width) !== 0)
                                message.width = object.width >>> 0;
                        if (object.height != null)
                            if ($Number(object.height) !== 0)
                                message.height = object.height >>> 0;
                        return message;
                    };

                    ResizePtyRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.containerId = "";
                            object.execId = "";
                            object.width = 0;
                            object.height = 0;
                        }
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                            object.execId = message.execId;
                        if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                            object.width = message.width;
                        if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                            object.height = message.height;
                        return object;
                    };

                    ResizePtyRequest.prototype.toJSON = function() {
                        return ResizePtyRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ResizePtyRequest;
                })();

                v1.ResumeTaskRequest = (function() {

                    const ResumeTaskRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ResumeTaskRequest.prototype.containerId = "";

                    ResumeTaskRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ResumeTaskRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.ResumeTaskRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
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

                    ResumeTaskRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.ResumeTaskRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.ResumeTaskRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.ResumeTaskRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        return message;
                    };

                    ResumeTaskRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.containerId = "";
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        return object;
                    };

                    ResumeTaskRequest.prototype.toJSON = function() {
                        return ResumeTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ResumeTaskRequest;
                })();

                v1.StartRequest = (function() {

                    const StartRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    StartRequest.prototype.containerId = "";
                    StartRequest.prototype.execId = "";

                    StartRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                            writer.uint32(18).string(message.execId);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    StartRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.StartRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.execId = value;
                                    else
                                        delete message.execId;
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

                    StartRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.StartRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.StartRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.StartRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        if (object.execId != null)
                            if (typeof object.execId !== "string" || object.execId.length)
                                message.execId = $String(object.execId);
                        return message;
                    };

                    StartRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.containerId = "";
                            object.execId = "";
                        }
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                            object.execId = message.execId;
                        return object;
                    };

                    StartRequest.prototype.toJSON = function() {
                        return StartRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return StartRequest;
                })();

                v1.StartResponse = (function() {

                    const StartResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    StartResponse.prototype.pid = 0;

                    StartResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                            writer.uint32(8).uint32(message.pid);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    StartResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.StartResponse();
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
                                    if (value = reader.uint32())
                                        message.pid = value;
                                    else
                                        delete message.pid;
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

                    StartResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.StartResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.StartResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.StartResponse();
                        if (object.pid != null)
                            if ($Number(object.pid) !== 0)
                                message.pid = object.pid >>> 0;
                        return message;
                    };

                    StartResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults)
                            object.pid = 0;
                        if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                            object.pid = message.pid;
                        return object;
                    };

                    StartResponse.prototype.toJSON = function() {
                        return StartResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return StartResponse;
                })();

                v1.UpdateTaskRequest = (function() {

                    const UpdateTaskRequest = function (properties) {
                        this.annotations = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    UpdateTaskRequest.prototype.containerId = "";
                    UpdateTaskRequest.prototype.resources = null;
                    UpdateTaskRequest.prototype.annotations = $util.emptyObject;

                    UpdateTaskRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                            $root.google.protobuf.Any.encode(message.resources, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                            for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                                writer.uint32(26).fork().uint32(10).string(keys[i]).uint32(18).string(message.annotations[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    UpdateTaskRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.UpdateTaskRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.resources = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
                                    continue;
                                }
                            case 3: {
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

                    UpdateTaskRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.UpdateTaskRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.UpdateTaskRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.UpdateTaskRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        if (object.resources != null) {
                            if (!$util.isObject(object.resources))
                                throw $TypeError(".containerd.services.tasks.v1.UpdateTaskRequest.resources: object expected");
                            message.resources = $root.google.protobuf.Any.fromObject(object.resources, _depth + 1);
                        }
                        if (object.annotations) {
                            if (!$util.isObject(object.annotations))
                                throw $TypeError(".containerd.services.tasks.v1.UpdateTaskRequest.annotations: object expected");
                            message.annotations = {};
                            for (let keys = $Object.keys(object.annotations), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.annotations, keys[i]);
                                message.annotations[keys[i]] = $String(object.annotations[keys[i]]);
                            }
                        }
                        return message;
                    };

                    UpdateTaskRequest.toObject = function (message, options, _depth) {
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
                            object.containerId = "";
                            object.resources = null;
                        }
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                            object.resources = $root.google.protobuf.Any.toObject(message.resources, options, _depth + 1);
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

                    UpdateTaskRequest.prototype.toJSON = function() {
                        return UpdateTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return UpdateTaskRequest;
                })();

                v1.WaitRequest = (function() {

                    const WaitRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    WaitRequest.prototype.containerId = "";
                    WaitRequest.prototype.execId = "";

                    WaitRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                            writer.uint32(10).string(message.containerId);
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                            writer.uint32(18).string(message.execId);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    WaitRequest.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.WaitRequest();
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
                                        message.containerId = value;
                                    else
                                        delete message.containerId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.execId = value;
                                    else
                                        delete message.execId;
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

                    WaitRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.WaitRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.WaitRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.WaitRequest();
                        if (object.containerId != null)
                            if (typeof object.containerId !== "string" || object.containerId.length)
                                message.containerId = $String(object.containerId);
                        if (object.execId != null)
                            if (typeof object.execId !== "string" || object.execId.length)
                                message.execId = $String(object.execId);
                        return message;
                    };

                    WaitRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.containerId = "";
                            object.execId = "";
                        }
                        if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                            object.containerId = message.containerId;
                        if (message.execId != null && $Object.hasOwnProperty.call(message, "execId"))
                            object.execId = message.execId;
                        return object;
                    };

                    WaitRequest.prototype.toJSON = function() {
                        return WaitRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return WaitRequest;
                })();

                v1.WaitResponse = (function() {

                    const WaitResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    WaitResponse.prototype.exitStatus = 0;
                    WaitResponse.prototype.exitedAt = null;

                    WaitResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                            writer.uint32(8).uint32(message.exitStatus);
                        if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                            $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    WaitResponse.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.containerd.services.tasks.v1.WaitResponse();
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
                                    if (value = reader.uint32())
                                        message.exitStatus = value;
                                    else
                                        delete message.exitStatus;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.exitedAt);
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

                    WaitResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.containerd.services.tasks.v1.WaitResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".containerd.services.tasks.v1.WaitResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.containerd.services.tasks.v1.WaitResponse();
                        if (object.exitStatus != null)
                            if ($Number(object.exitStatus) !== 0)
                                message.exitStatus = object.exitStatus >>> 0;
                        if (object.exitedAt != null) {
                            if (!$util.isObject(object.exitedAt))
                                throw $TypeError(".containerd.services.tasks.v1.WaitResponse.exitedAt: object expected");
                            message.exitedAt = $root.google.protobuf.Timestamp.fromObject(object.exitedAt, _depth + 1);
                        }
                        return message;
                    };

                    WaitResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.exitStatus = 0;
                            object.exitedAt = null;
                        }
                        if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                            object.exitStatus = message.exitStatus;
                        if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                            object.exitedAt = $root.google.protobuf.Timestamp.toObject(message.exitedAt, options, _depth + 1);
                        return object;
                    };

                    WaitResponse.prototype.toJSON = function() {
                        return WaitResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return WaitResponse;
                })();

                return v1;
            })();

            return tasks;
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

        types.Metric = (function() {

            const Metric = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Metric.prototype.timestamp = null;
            Metric.prototype.id = "";
            Metric.prototype.data = null;

            Metric.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(18).string(message.id);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    $root.google.protobuf.Any.encode(message.data, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Metric.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.containerd.types.Metric();
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
                            message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
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
                            message.data = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.data);
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

            Metric.fromObject = function (object, _depth) {
                if (object instanceof $root.containerd.types.Metric)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".containerd.types.Metric: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.containerd.types.Metric();
                if (object.timestamp != null) {
                    if (!$util.isObject(object.timestamp))
                        throw $TypeError(".containerd.types.Metric.timestamp: object expected");
                    message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
                }
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.data != null) {
                    if (!$util.isObject(object.data))
                        throw $TypeError(".containerd.types.Metric.data: object expected");
                    message.data = $root.google.protobuf.Any.fromObject(object.data, _depth + 1);
                }
                return message;
            };

            Metric.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timestamp = null;
                    object.id = "";
                    object.data = null;
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = $root.google.protobuf.Any.toObject(message.data, options, _depth + 1);
                return object;
            };

            Metric.prototype.toJSON = function() {
                return Metric.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Metric;
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

    containerd.v1 = (function() {

        const v1 = {};

        v1.types = (function() {

            const types = {};

            types.Process = (function() {

                const Process = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Process.prototype.containerId = "";
                Process.prototype.id = "";
                Process.prototype.pid = 0;
                Process.prototype.status = 0;
                Process.prototype.stdin = "";
                Process.prototype.stdout = "";
                Process.prototype.stderr = "";
                Process.prototype.terminal = false;
                Process.prototype.exitStatus = 0;
                Process.prototype.exitedAt = null;

                Process.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                        writer.uint32(10).string(message.containerId);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(18).string(message.id);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(24).uint32(message.pid);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(32).int32(message.status);
                    if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== "")
                        writer.uint32(42).string(message.stdin);
                    if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout !== "")
                        writer.uint32(50).string(message.stdout);
                    if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr !== "")
                        writer.uint32(58).string(message.stderr);
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal") && message.terminal !== false)
                        writer.uint32(64).bool(message.terminal);
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                        writer.uint32(72).uint32(message.exitStatus);
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(82).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Process.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.containerd.v1.types.Process();
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
                                    message.containerId = value;
                                else
                                    delete message.containerId;
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
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stdin = value;
                                else
                                    delete message.stdin;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stdout = value;
                                else
                                    delete message.stdout;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stderr = value;
                                else
                                    delete message.stderr;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.terminal = value;
                                else
                                    delete message.terminal;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.exitStatus = value;
                                else
                                    delete message.exitStatus;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.exitedAt);
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

                Process.fromObject = function (object, _depth) {
                    if (object instanceof $root.containerd.v1.types.Process)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".containerd.v1.types.Process: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.containerd.v1.types.Process();
                    if (object.containerId != null)
                        if (typeof object.containerId !== "string" || object.containerId.length)
                            message.containerId = $String(object.containerId);
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.pid != null)
                        if ($Number(object.pid) !== 0)
                            message.pid = object.pid >>> 0;
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.containerd.v1.types.Status[object.status] !== 0))
                        switch (object.status) {
                        case "UNKNOWN":
                        case 0:
                            message.status = 0;
                            break;
                        case "CREATED":
                        case 1:
                            message.status = 1;
                            break;
                        case "RUNNING":
                        case 2:
                            message.status = 2;
                            break;
                        case "STOPPED":
                        case 3:
                            message.status = 3;
                            break;
                        case "PAUSED":
                        case 4:
                            message.status = 4;
                            break;
                        case "PAUSING":
                        case 5:
                            message.status = 5;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.stdin != null)
                        if (typeof object.stdin !== "string" || object.stdin.length)
                            message.stdin = $String(object.stdin);
                    if (object.stdout != null)
                        if (typeof object.stdout !== "string" || object.stdout.length)
                            message.stdout = $String(object.stdout);
                    if (object.stderr != null)
                        if (typeof object.stderr !== "string" || object.stderr.length)
                            message.stderr = $String(object.stderr);
                    if (object.terminal != null)
                        if (object.terminal)
                            message.terminal = $Boolean(object.terminal);
                    if (object.exitStatus != null)
                        if ($Number(object.exitStatus) !== 0)
                            message.exitStatus = object.exitStatus >>> 0;
                    if (object.exitedAt != null) {
                        if (!$util.isObject(object.exitedAt))
                            throw $TypeError(".containerd.v1.types.Process.exitedAt: object expected");
                        message.exitedAt = $root.google.protobuf.Timestamp.fromObject(object.exitedAt, _depth + 1);
                    }
                    return message;
                };

                Process.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.containerId = "";
                        object.id = "";
                        object.pid = 0;
                        object.status = options.enums === $String ? "UNKNOWN" : 0;
                        object.stdin = "";
                        object.stdout = "";
                        object.stderr = "";
                        object.terminal = false;
                        object.exitStatus = 0;
                        object.exitedAt = null;
                    }
                    if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                        object.containerId = message.containerId;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        object.pid = message.pid;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.containerd.v1.types.Status[message.status] === $undefined ? message.status : $root.containerd.v1.types.Status[message.status] : message.status;
                    if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                        object.stdin = message.stdin;
                    if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                        object.stdout = message.stdout;
                    if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                        object.stderr = message.stderr;
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal"))
                        object.terminal = message.terminal;
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus"))
                        object.exitStatus = message.exitStatus;
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        object.exitedAt = $root.google.protobuf.Timestamp.toObject(message.exitedAt, options, _depth + 1);
                    return object;
                };

                Process.prototype.toJSON = function() {
                    return Process.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Process;
            })();

            types.ProcessInfo = (function() {

                const ProcessInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ProcessInfo.prototype.pid = 0;
                ProcessInfo.prototype.info = null;

                ProcessInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(8).uint32(message.pid);
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                        $root.google.protobuf.Any.encode(message.info, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ProcessInfo.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.containerd.v1.types.ProcessInfo();
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
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.info = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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

                ProcessInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.containerd.v1.types.ProcessInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".containerd.v1.types.ProcessInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.containerd.v1.types.ProcessInfo();
                    if (object.pid != null)
                        if ($Number(object.pid) !== 0)
                            message.pid = object.pid >>> 0;
                    if (object.info != null) {
                        if (!$util.isObject(object.info))
                            throw $TypeError(".containerd.v1.types.ProcessInfo.info: object expected");
                        message.info = $root.google.protobuf.Any.fromObject(object.info, _depth + 1);
                    }
                    return message;
                };

                ProcessInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.pid = 0;
                        object.info = null;
                    }
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                        object.pid = message.pid;
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                        object.info = $root.google.protobuf.Any.toObject(message.info, options, _depth + 1);
                    return object;
                };

                ProcessInfo.prototype.toJSON = function() {
                    return ProcessInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ProcessInfo;
            })();

            types.Status = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "CREATED"] = 1;
                values[valuesById[2] = "RUNNING"] = 2;
                values[valuesById[3] = "STOPPED"] = 3;
                values[valuesById[4] = "PAUSED"] = 4;
                values[valuesById[5] = "PAUSING"] = 5;
                return values;
            })();

            return types;
        })();

        return v1;
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

export const methods = {"Create":["containerd.services.tasks.v1.CreateTaskRequest","containerd.services.tasks.v1.CreateTaskResponse"],"Start":["containerd.services.tasks.v1.StartRequest","containerd.services.tasks.v1.StartResponse"],"Delete":["containerd.services.tasks.v1.DeleteTaskRequest","containerd.services.tasks.v1.DeleteResponse"],"DeleteProcess":["containerd.services.tasks.v1.DeleteProcessRequest","containerd.services.tasks.v1.DeleteResponse"],"Get":["containerd.services.tasks.v1.GetRequest","containerd.services.tasks.v1.GetResponse"],"List":["containerd.services.tasks.v1.ListTasksRequest","containerd.services.tasks.v1.ListTasksResponse"],"Kill":["containerd.services.tasks.v1.KillRequest","google.protobuf.Empty"],"Exec":["containerd.services.tasks.v1.ExecProcessRequest","google.protobuf.Empty"],"ResizePty":["containerd.services.tasks.v1.ResizePtyRequest","google.protobuf.Empty"],"CloseIO":["containerd.services.tasks.v1.CloseIORequest","google.protobuf.Empty"],"Pause":["containerd.services.tasks.v1.PauseTaskRequest","google.protobuf.Empty"],"Resume":["containerd.services.tasks.v1.ResumeTaskRequest","google.protobuf.Empty"],"ListPids":["containerd.services.tasks.v1.ListPidsRequest","containerd.services.tasks.v1.ListPidsResponse"],"Checkpoint":["containerd.services.tasks.v1.CheckpointTaskRequest","containerd.services.tasks.v1.CheckpointTaskResponse"],"Update":["containerd.services.tasks.v1.UpdateTaskRequest","google.protobuf.Empty"],"Metrics":["containerd.services.tasks.v1.MetricsRequest","containerd.services.tasks.v1.MetricsResponse"],"Wait":["containerd.services.tasks.v1.WaitRequest","containerd.services.tasks.v1.WaitResponse"]};
