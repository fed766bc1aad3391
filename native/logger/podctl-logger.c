/*
 * podctl-logger: podctl's per-container log driver, a containerd "logging binary".
 *
 * It copies a container's stdout and stderr into ONE file in the CRI log format (the format the
 * kubelet writes and crictl reads), with a timestamp per line, and rotates that file by size.
 * One small static process per container; no allocation after start.
 *
 * USE (the task's stdout and stderr URI, e.g. `ctr run --log-uri ...`):
 *
 *   binary:///usr/local/libexec/podctl/podctl-logger?path=/var/lib/podctl/logs/NS/ID/container.log&max-size=10485760&max-files=3
 *
 * QUERY ARGUMENTS. containerd turns each query key into two arguments, "key value" (see PROTOCOL
 * for the details that matter):
 *
 *   path=ABS            the log file, an absolute path. Missing directories are created 0700; the
 *                       file is created 0640 and appended to if it exists (a restarted task
 *                       continues the same file). Default:
 *                       /var/lib/podctl/logs/$CONTAINER_NAMESPACE/$CONTAINER_ID/container.log
 *   max-size=N[k|m|g]   rotate before the file would grow past N bytes (k, m, g: KiB, MiB, GiB);
 *                       0 = never rotate; otherwise at least 4096. Default 10m.
 *   max-files=N         files kept, the live one included: container.log, container.log.1 (the
 *                       newest rotated) ... container.log.<N-1>; older ones are dropped.
 *                       1 = truncate the live file instead of rotating. 1..100, default 3.
 *   partial-flush=MS    write out an unterminated line as a P record once it has waited MS
 *                       milliseconds for its newline (prompts, progress dots, the last line of
 *                       a container that exited and is not deleted yet). 0 = never: only at
 *                       16 KiB or at the end of the stream, as the CRI plugin does. Default 0.
 *
 *   tee=ABS             also copy the stdout stream's bytes, raw and as they are read, to the FIFO
 *                       at ABS (with a TTY: the terminal's output, its only stream), for a
 *                       reader attached right now (podctl run -t). The FIFO must have its reader
 *                       when the logger starts, else there is no tee. The tee is flow-controlled:
 *                       while the reader has not taken what was copied, stdout is not read
 *                       (a terminal's output waits for its user); once the reader goes away
 *                       (EPIPE), the tee is dropped and logging goes on alone. It is closed when
 *                       stdout ends, which is the reader's end-of-file. The log gets every byte
 *                       either way.
 *   on-exit=ARGV        a command to start once the container's init process has exited: an
 *                       absolute program path, then its arguments, one a line ("\n", %0A in the
 *                       URI), at most 32 and 4095 bytes in all. podctl gives `node podctl.cjs
 *                       ... rm --auto NAME` for `run -d --rm`. It is started once, detached (a
 *                       session of its own, fds 0-2 this program's /dev/null, the same
 *                       environment), and this program goes on logging until the task is
 *                       deleted. See ON-EXIT below.
 *
 *   Keys may also be written "-key" or "--key" (handy by hand). An unknown key is reported and
 *   ignored, so that an older logger keeps working behind a newer podctl. A bad value is a usage
 *   error: exit 2 before signalling readiness. containerd 1.6 takes that EOF for readiness and
 *   starts the container anyway, whose writes then fail (EPIPE): the caller must validate.
 *   Values are percent-decoded by containerd, and '+' in a query decodes to a space: encode the
 *   path with encodeURIComponent (which turns '+' into %2B).
 *   Never use a key that starts with "env.": recent containerd 2.x shims turn such keys into
 *   environment variables instead of arguments.
 *
 * FORMAT, one record per line:
 *
 *   <timestamp> <stdout|stderr> <F|P> <content>\n
 *
 *   timestamp  RFC 3339 in UTC with exactly nine fraction digits, e.g.
 *              2025-01-02T03:04:05.123456789Z. Go's time.RFC3339Nano parses it (the kubelet and
 *              crictl use that). Fixed width, so files sort and bisect as text. Strictly
 *              increasing within one logger's run: a record never gets a timestamp at or below the
 *              previous one (at most a few ns ahead of the wall clock in a burst, and the clock
 *              stepping back does not reorder records).
 *   F          the record ends a line (the newline itself is not part of the content).
 *   P          the line continues in the next record of the same stream: the line reached
 *              16384 bytes (the CRI plugin's default max_container_log_line_size), or the
 *              stream ended without a newline, or partial-flush expired. A reader joins P
 *              records with the following records of that stream up to and including an F.
 *   content    the raw bytes, unescaped; a "\r" before the newline is kept (TTY output).
 *   An empty line is "<timestamp> stdout F \n". A record is never split across two files.
 *
 * ROTATION: before a record would make the live file exceed max-size (and the file is not
 * empty), container.log.<i> is renamed to .<i+1> for i = max-files-2 .. 1 (overwriting the
 * oldest), container.log becomes container.log.1, and a new container.log is created. A reader
 * that follows the file sees, briefly, no container.log, then a new inode.
 *
 * ERRORS: a failed write (disk full, quota, I/O error) or a log file that cannot be opened
 * never stops the draining of the pipes: the container is never blocked by its logs. Records
 * that cannot be written are dropped whole (a short write is truncated away, so the file stays
 * well formed) and every later batch is tried again (an open at most once a second). The
 * first failure is reported to stderr, then the recovery with the number of bytes dropped;
 * a failure after a recovery is reported again only a minute after the previous report.
 * Under containerd the logger's stderr is /dev/null (Go's exec default), so the reports are
 * mostly useful when run by hand. Exit status: 0, or 1 if anything was dropped, 2 on a usage
 * error.
 *
 * PROTOCOL, as read in containerd's sources (v1.6.20 as installed on Debian 12, and the v1.7
 * and v2 trees):
 *   - pkg/process/io.go NewBinaryIO (v1.6/1.7; v2: cmd/containerd-shim-runc-v2/process/io.go)
 *     starts the binary from the shim with cmd.ExtraFiles = {stdout read end, stderr read end,
 *     ready write end}, so fd 3 = the container's stdout, fd 4 = its stderr, fd 5 = the ready
 *     pipe. fds 0-2 are /dev/null. Descriptors that containerd itself inherited without
 *     close-on-exec reach the logger too (seen here: 10 and 251); this program closes every
 *     fd above 5 at start, so that it holds no one else's pipe open. The working directory
 *     is the task's bundle directory and the umask is the shim's (022), so this program sets
 *     both itself.
 *   - NewBinaryCmd (v1.6/1.7 pkg/process/io_util.go; v2 .../process/io_util.go) runs
 *     URI.Path with, for each query key (Go map order, i.e. random), the key and its first
 *     value; cmd.Env holds only CONTAINER_ID=<container id> and CONTAINER_NAMESPACE=<ns> (no
 *     PATH). Recent v2 trees also turn "env.K=V" keys into environment variables.
 *   - Readiness: the shim closes its copy of fd 5 and reads one byte from the other end; a byte
 *     or EOF means ready, and only then is the container started (so no output is lost).
 *     v1.6's runtime/v2/logging (the Go helper for loggers) only closes fd 5; later 1.x
 *     (runtime/v2/logging) and 2.x (core/runtime/v2/logging) write one 0 byte, then close;
 *     some recent trees add a "binary-v2" scheme whose shim insists on the byte. This program writes the
 *     byte and closes fd 5, which satisfies all of them.
 *   - The end: the shim keeps the write ends of fds 3 and 4 open until the TASK IS DELETED
 *     (not when the process exits). On delete, binaryIO.Close closes them, sends SIGTERM and
 *     waits 12 s (binaryIOProcTermTimeout) before SIGKILL. So: on EOF of both pipes this
 *     program exits; on SIGTERM (or SIGINT) it drains whatever is still readable without
 *     waiting, writes pending partial lines as P records, and exits.
 *   - With a TTY (runtime/v2/runc/platform.go CopyConsole) the console is copied to fd 3,
 *     whose write end is closed when the console ends; fd 4's write end is dropped unused
 *     (it reaches EOF when the shim's garbage collector closes it), and no SIGTERM is sent.
 *   - The logger is a child of the shim, so it survives containerd restarts, and ends with
 *     the shim (the pipes reach EOF).
 *
 * ON-EXIT: the pipes do not tell when the container exits (the shim holds their write ends
 * until the task is deleted), so this program watches the init process. runc writes its PID to
 * init.pid in the task's bundle directory, <runtime state>/<namespace>/<CONTAINER_ID>. The
 * working directory inherited from the shim is the bundle of the first task that shim served,
 * which with a runc shim group (a pod) is another container's: the bundle is therefore taken
 * as the sibling named CONTAINER_ID of the working directory. The directory is watched with
 * inotify until init.pid appears (runc renames it into place after `runc create`, i.e. after
 * readiness), then the process is held as a pidfd (Linux 5.3+; before that, kill(pid, 0) is
 * tried each second), which polls readable once the process has exited. Then the command is
 * started. If the pipes end or the task is deleted first (SIGTERM) while the PID is known,
 * the command is started then. A task whose init never ran (runc create failed) starts none.
 * Problems are reported on stderr (see ERRORS) and leave logging as it is.
 *
 * Built static: gcc -Os -static -s -Wall -Wextra -Werror (scripts/build-logger.sh).
 */
#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h> /* rename */
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef LOGGER_VERSION
#define LOGGER_VERSION "podctl-0.1.0"
#endif

#define FD_STDOUT 3
#define FD_STDERR 4
#define FD_READY 5

#define LINE_MAX_BYTES 16384          /* content bytes per record, as the CRI plugin */
#define READ_BUF (64 * 1024)          /* one default pipe's worth */
#define OUT_FLUSH (64 * 1024)         /* write(2) the batch once it holds this much */
#define TS_LEN 30                     /* 2006-01-02T15:04:05.999999999Z */
#define HDR_LEN (TS_LEN + 1 + 6 + 1 + 1 + 1)
#define OUT_CAP (OUT_FLUSH + HDR_LEN + LINE_MAX_BYTES + 1)
#define DEFAULT_MAX_SIZE (10ULL * 1024 * 1024)
#define DEFAULT_MAX_FILES 3
#define MAX_FILES_LIMIT 100
#define DEFAULT_DIR "/var/lib/podctl/logs/"
#define RETRY_OPEN_NS 1000000000LL    /* reopen attempts when the file cannot be opened */
#define REPORT_INTERVAL_NS 60000000000LL

struct stream {
    int fd;                          /* -1 once at EOF */
    const char *name;                /* "stdout" or "stderr", 6 bytes */
    size_t len;                      /* pending bytes of an unterminated line */
    int64_t pending_since;           /* CLOCK_MONOTONIC ns when pending became non-empty */
    char *line;                      /* LINE_MAX_BYTES */
};

static char line_bufs[2][LINE_MAX_BYTES]; /* in .bss: neither in the binary nor resident until used */
static struct stream streams[2] = {
    {.fd = FD_STDOUT, .name = "stdout", .line = line_bufs[0]},
    {.fd = FD_STDERR, .name = "stderr", .line = line_bufs[1]},
};

/* configuration */
static char log_path[PATH_MAX];
static unsigned long long max_size = DEFAULT_MAX_SIZE;
static unsigned max_files = DEFAULT_MAX_FILES;
static int64_t partial_flush_ns;     /* 0: off */
static char tee_path[PATH_MAX];      /* "" : no tee */

/* output state */
static int log_fd = -1;
static unsigned long long cur_size;  /* bytes in the live file */
static char out[OUT_CAP];
static size_t out_len;
static char rbuf[READ_BUF];

/* the tee (tee=): stdout's bytes not yet taken by the FIFO's reader */
static int tee_fd = -1;
static char tee_buf[READ_BUF];
static size_t tee_len, tee_off;

/* the timestamp of the records being formatted */
static struct timespec chunk_time;   /* CLOCK_REALTIME when the data was read */
static struct timespec last_ts;      /* of the last record formatted */
static time_t cached_sec = -1;
static char cached_prefix[20];       /* "YYYY-MM-DDTHH:MM:SS" for cached_sec */

/* error reporting */
static int failing;                  /* 1 while writes or opens fail */
static unsigned long long dropped;   /* bytes of records dropped since the failure began */
static unsigned long long dropped_total;
static int64_t last_open_try;
static int64_t last_failure_report;  /* CLOCK_MONOTONIC ns, 0: never */
static int failure_reported;         /* the current failure was reported */

static volatile sig_atomic_t stop_requested;

/* ---- small helpers ---------------------------------------------------------------------- */

static void put(int fd, const char *s) {
    size_t len = strlen(s);
    while (len > 0) {
        ssize_t n = write(fd, s, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        s += n;
        len -= (size_t)n;
    }
}

static char *fmt_u64(char *end, unsigned long long v) {
    *--end = '\0';
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

/* "podctl-logger: <a><b><c><d>\n" on stderr, in one write; NULL parts are skipped. */
static void report4(const char *a, const char *b, const char *c, const char *d) {
    char msg[PATH_MAX + 256];
    size_t n = 0;
    const char *parts[5] = {"podctl-logger: ", a, b, c, d};
    for (int i = 0; i < 5; i++) {
        const char *p = parts[i] ? parts[i] : "";
        size_t l = strlen(p);
        if (l > sizeof msg - 2 - n)
            l = sizeof msg - 2 - n;
        memcpy(msg + n, p, l);
        n += l;
    }
    msg[n++] = '\n';
    msg[n] = '\0';
    put(2, msg);
}

static void report(const char *a, const char *b) {
    report4(a, b, NULL, NULL);
}

static int64_t mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm), proleptic Gregorian. */
static void civil_from_days(long long z, long long *y, unsigned *m, unsigned *d) {
    z += 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long yy = (long long)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yy + (*m <= 2);
}

static void put_digits(char *p, unsigned long v, int width) {
    for (int i = width - 1; i >= 0; i--) {
        p[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

/* Writes the next record's timestamp (TS_LEN bytes) at p: chunk_time, but strictly after last_ts. */
static void format_ts(char *p) {
    struct timespec t = chunk_time;
    if (t.tv_sec < last_ts.tv_sec || (t.tv_sec == last_ts.tv_sec && t.tv_nsec <= last_ts.tv_nsec)) {
        t = last_ts;
        if (++t.tv_nsec == 1000000000L) {
            t.tv_nsec = 0;
            t.tv_sec++;
        }
    }
    last_ts = t;
    if (t.tv_sec != cached_sec) {
        long long days = t.tv_sec / 86400, secs = t.tv_sec % 86400, y;
        unsigned m, d;
        if (secs < 0) {
            secs += 86400;
            days--;
        }
        civil_from_days(days, &y, &m, &d);
        if (y < 0)
            y = 0;
        if (y > 9999)
            y = 9999;
        put_digits(cached_prefix, (unsigned long)y, 4);
        cached_prefix[4] = '-';
        put_digits(cached_prefix + 5, m, 2);
        cached_prefix[7] = '-';
        put_digits(cached_prefix + 8, d, 2);
        cached_prefix[10] = 'T';
        put_digits(cached_prefix + 11, (unsigned long)(secs / 3600), 2);
        cached_prefix[13] = ':';
        put_digits(cached_prefix + 14, (unsigned long)(secs / 60 % 60), 2);
        cached_prefix[16] = ':';
        put_digits(cached_prefix + 17, (unsigned long)(secs % 60), 2);
        cached_sec = t.tv_sec;
    }
    memcpy(p, cached_prefix, 19);
    p[19] = '.';
    put_digits(p + 20, (unsigned long)t.tv_nsec, 9);
    p[29] = 'Z';
}

/* ---- the log file ----------------------------------------------------------------------- */

/* mkdir -p of the directory part of path, new directories 0700. */
static int make_parents(const char *path) {
    char dir[PATH_MAX];
    size_t n = strlen(path);
    memcpy(dir, path, n + 1);
    for (size_t i = 1; i < n; i++) {
        if (dir[i] != '/')
            continue;
        dir[i] = '\0';
        if (mkdir(dir, 0700) < 0 && errno != EEXIST)
            return -1;
        dir[i] = '/';
    }
    return 0;
}

/* The first failure is reported; after a recovery, the next one only a minute later at the
 * earliest (a nearly full disk makes writes fail and succeed in turns). */
static void note_failure(const char *what, int err) {
    if (failing)
        return;
    failing = 1;
    int64_t now = mono_ns();
    if (last_failure_report == 0 || now - last_failure_report >= REPORT_INTERVAL_NS) {
        last_failure_report = now;
        failure_reported = 1;
        report4(what, log_path, err ? ": " : NULL, err ? strerror(err) : NULL);
    }
}

static void note_success(void) {
    if (failing) {
        char num[32];
        failing = 0;
        if (failure_reported)
            report4("writing again to ", log_path, "; bytes of records dropped: ", fmt_u64(num + sizeof num, dropped));
        failure_reported = 0;
        dropped = 0;
    }
}

static int open_log(void) {
    last_open_try = mono_ns();
    if (make_parents(log_path) < 0) {
        note_failure("cannot create the directory of ", errno);
        return -1;
    }
    int fd = open(log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0640);
    if (fd < 0) {
        note_failure("cannot open ", errno);
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        note_failure("not a regular file: ", 0);
        return -1;
    }
    log_fd = fd;
    cur_size = (unsigned long long)st.st_size;
    return 0;
}

/* Appends the batch to the log file; on any failure the batch is dropped whole. */
static void flush_out(void) {
    if (out_len == 0)
        return;
    if (log_fd < 0 && (mono_ns() - last_open_try < RETRY_OPEN_NS || open_log() < 0)) {
        dropped += out_len;
        dropped_total += out_len;
        out_len = 0;
        return;
    }
    size_t off = 0;
    int err = 0;
    while (off < out_len) {
        ssize_t n = write(log_fd, out + off, out_len - off);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        if (n == 0) {
            err = EIO;
            break;
        }
        off += (size_t)n;
    }
    if (err) {
        /* keep the file well formed: cut off the part of the batch that did get written */
        if (off > 0 && ftruncate(log_fd, (off_t)cur_size) < 0)
            cur_size += off; /* cannot undo: at least keep the size right */
        note_failure("cannot write to ", err);
        dropped += out_len;
        dropped_total += out_len;
    } else {
        cur_size += out_len;
        note_success();
    }
    out_len = 0;
}

static void rotate(void) {
    char from[PATH_MAX + 16], to[PATH_MAX + 16];
    size_t n = strlen(log_path);
    if (max_files <= 1) {
        if (ftruncate(log_fd, 0) == 0)
            cur_size = 0;
        return;
    }
    memcpy(from, log_path, n);
    memcpy(to, log_path, n);
    for (unsigned i = max_files - 1; i >= 1; i--) {
        char num[16], *s;
        if (i == 1) {
            from[n] = '\0';
        } else {
            s = fmt_u64(num + sizeof num, i - 1);
            from[n] = '.';
            memcpy(from + n + 1, s, strlen(s) + 1);
        }
        s = fmt_u64(num + sizeof num, i);
        to[n] = '.';
        memcpy(to + n + 1, s, strlen(s) + 1);
        if (rename(from, to) < 0 && errno != ENOENT && i == 1) {
            /* could not move the live file away: keep appending to it, and say so once */
            static int reported;
            if (!reported) {
                reported = 1;
                report4("cannot rotate ", log_path, ": ", strerror(errno));
            }
            return;
        }
    }
    close(log_fd);
    log_fd = -1;
    cur_size = 0;
    open_log();
}

/* Formats one record into the batch, rotating and flushing as needed. */
static void emit(const struct stream *s, char tag, const char *content, size_t len) {
    size_t rec = HDR_LEN + len + 1;
    if (max_size && log_fd >= 0 && cur_size + out_len > 0 && cur_size + out_len + rec > max_size) {
        flush_out();
        if (log_fd >= 0 && cur_size > 0)
            rotate();
    }
    if (out_len + rec > OUT_CAP)
        flush_out();
    char *p = out + out_len;
    format_ts(p);
    p += TS_LEN;
    *p++ = ' ';
    memcpy(p, s->name, 6);
    p += 6;
    *p++ = ' ';
    *p++ = tag;
    *p++ = ' ';
    memcpy(p, content, len);
    p += len;
    *p++ = '\n';
    out_len += rec;
    if (out_len >= OUT_FLUSH)
        flush_out();
}

/* ---- line splitting --------------------------------------------------------------------- */

static void flush_partial(struct stream *s) {
    if (s->len > 0) {
        emit(s, 'P', s->line, s->len);
        s->len = 0;
    }
}

static void feed(struct stream *s, const char *d, size_t n) {
    while (n > 0) {
        const char *nl = memchr(d, '\n', n);
        size_t seg = nl ? (size_t)(nl - d) : n; /* content bytes before the newline */
        if (s->len == 0 && nl && seg <= LINE_MAX_BYTES) {
            emit(s, 'F', d, seg); /* the common case: a whole line in this chunk, no copy */
            d += seg + 1;
            n -= seg + 1;
            continue;
        }
        while (seg > 0) {
            if (s->len == LINE_MAX_BYTES) { /* full, and more content follows: a P record */
                emit(s, 'P', s->line, s->len);
                s->len = 0;
            }
            if (s->len == 0 && seg > LINE_MAX_BYTES) {
                emit(s, 'P', d, LINE_MAX_BYTES);
                d += LINE_MAX_BYTES;
                n -= LINE_MAX_BYTES;
                seg -= LINE_MAX_BYTES;
                continue;
            }
            size_t c = LINE_MAX_BYTES - s->len;
            if (c > seg)
                c = seg;
            if (s->len == 0)
                s->pending_since = mono_ns();
            memcpy(s->line + s->len, d, c);
            s->len += c;
            d += c;
            n -= c;
            seg -= c;
        }
        if (nl) {
            emit(s, 'F', s->line, s->len);
            s->len = 0;
            d++;
            n--;
        }
    }
}

/* ---- the tee ---------------------------------------------------------------------------- */

static int tee_pending(void) {
    return tee_fd >= 0 && tee_off < tee_len;
}

static void tee_close(void) {
    if (tee_fd >= 0)
        close(tee_fd);
    tee_fd = -1;
    tee_len = tee_off = 0;
}

/* Writes what the reader can take now. A reader that went away (EPIPE) or any other error ends
 * the tee; once stdout has ended too, the tee is closed as soon as it is drained. */
static void tee_flush(void) {
    while (tee_pending()) {
        ssize_t n = write(tee_fd, tee_buf + tee_off, tee_len - tee_off);
        if (n > 0) {
            tee_off += (size_t)n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        tee_close();
        return;
    }
    tee_len = tee_off = 0;
    if (streams[0].fd < 0)
        tee_close();
}

/* Called only when nothing is pending (pump does not read stdout while something is). */
static void tee_put(const char *d, size_t n) {
    if (tee_fd < 0)
        return;
    memcpy(tee_buf, d, n);
    tee_len = n;
    tee_off = 0;
    tee_flush();
}

static void tee_open(void) {
    if (tee_path[0] == '\0')
        return;
    /* non-blocking: fails (ENXIO) at once when the FIFO has no reader */
    int fd = open(tee_path, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        report4("no tee: cannot open ", tee_path, ": ", strerror(errno));
        return;
    }
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISFIFO(st.st_mode)) {
        close(fd);
        report("no tee: not a FIFO: ", tee_path);
        return;
    }
    tee_fd = fd;
}

/* Reads what the pipe holds now (up to a few buffers, for fairness between the streams). */
static void pump(struct stream *s, int rounds) {
    int teed = s == &streams[0];
    while (s->fd >= 0 && rounds-- > 0) {
        if (teed && tee_pending())
            return; /* flow control: stdout waits until the tee's reader has caught up */
        ssize_t n = read(s->fd, rbuf, sizeof rbuf);
        if (n > 0) {
            clock_gettime(CLOCK_REALTIME, &chunk_time);
            if (teed)
                tee_put(rbuf, (size_t)n);
            feed(s, rbuf, (size_t)n);
            if ((size_t)n < sizeof rbuf)
                return;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        /* EOF, or an error that will not go away: the stream is over */
        clock_gettime(CLOCK_REALTIME, &chunk_time);
        flush_partial(s);
        close(s->fd);
        s->fd = -1;
        if (teed && !tee_pending())
            tee_close(); /* the reader's end-of-file; pending bytes go first (tee_flush) */
    }
}

/* ---- on-exit: a command started once the container's init process has exited ----------- */

#define ON_EXIT_MAX_ARGS 32
#define EXIT_POLL_NS 1000000000LL /* without pidfd_open: kill(pid, 0) each second */
#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif

static char on_exit_buf[4096];
static char *on_exit_argv[ON_EXIT_MAX_ARGS + 1]; /* NULL-terminated; [0] NULL: no on-exit */
static char bundle_dir[PATH_MAX];
static int bundle_watch = -1; /* inotify on bundle_dir, until init.pid has been read */
static int init_pidfd = -1;   /* the init process; polls readable once it has exited */
static pid_t init_pid;        /* the same without a pidfd, tried with kill(pid, 0) */
static int on_exit_started;

/* Starts the command as a grandchild in a session of its own, so that it outlives this process
 * and the shim, with nothing of ours open but fds 0-2 and no signal blocked or ignored. */
static void run_on_exit(void) {
    if (on_exit_started || !on_exit_argv[0])
        return;
    on_exit_started = 1;
    if (init_pidfd >= 0)
        close(init_pidfd);
    if (bundle_watch >= 0)
        close(bundle_watch);
    init_pidfd = bundle_watch = -1;
    init_pid = 0;
    pid_t child = fork();
    if (child < 0) {
        report("on-exit: cannot fork: ", strerror(errno));
        return;
    }
    if (child == 0) {
        setsid();
        if (fork() != 0)
            _exit(0);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        signal(SIGPIPE, SIG_DFL);
        signal(SIGHUP, SIG_DFL);
        if (close_range(3, ~0U, 0) < 0)
            for (int fd = 3; fd < 1024; fd++)
                close(fd);
        execve(on_exit_argv[0], on_exit_argv, environ);
        report4("on-exit: cannot run ", on_exit_argv[0], ": ", strerror(errno));
        _exit(127);
    }
    while (waitpid(child, NULL, 0) < 0 && errno == EINTR) {
    }
}

/* Takes the init PID once runc has written it, and holds the process as a pidfd. */
static void read_init_pid(void) {
    char path[PATH_MAX + 16], buf[32];
    if ((size_t)snprintf(path, sizeof path, "%s/init.pid", bundle_dir) >= sizeof path)
        return;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return; /* not yet */
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return;
    buf[n] = '\0';
    char *end;
    errno = 0;
    long pid = strtol(buf, &end, 10);
    if (errno || end == buf || pid <= 1 || pid > INT_MAX)
        return;
    close(bundle_watch);
    bundle_watch = -1;
    int pidfd = (int)syscall(SYS_pidfd_open, (pid_t)pid, 0); /* close-on-exec */
    if (pidfd >= 0)
        init_pidfd = pidfd;
    else if (errno == ESRCH)
        run_on_exit(); /* gone already */
    else
        init_pid = (pid_t)pid;
}

/* With on-exit: finds the task's bundle (see ON-EXIT) and starts watching it. Before chdir. */
static void exit_watch_setup(void) {
    if (!on_exit_argv[0])
        return;
    const char *id = getenv("CONTAINER_ID");
    char cwd[PATH_MAX];
    char *slash = NULL;
    if (id && *id && !strchr(id, '/') && id[0] != '.' && getcwd(cwd, sizeof cwd))
        slash = strrchr(cwd, '/');
    if (!slash || slash == cwd) {
        report("on-exit: no bundle directory (CONTAINER_ID, working directory); the command will not run", "");
        on_exit_argv[0] = NULL;
        return;
    }
    *slash = '\0';
    if ((size_t)snprintf(bundle_dir, sizeof bundle_dir, "%s/%s", cwd, id) >= sizeof bundle_dir)
        bundle_dir[0] = '\0';
    bundle_watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (!bundle_dir[0] || bundle_watch < 0 || inotify_add_watch(bundle_watch, bundle_dir, IN_CREATE | IN_MOVED_TO | IN_CLOSE_WRITE) < 0) {
        report4("on-exit: cannot watch the bundle directory ", bundle_dir, ": ", strerror(errno));
        if (bundle_watch >= 0)
            close(bundle_watch);
        bundle_watch = -1;
        on_exit_argv[0] = NULL;
        return;
    }
    read_init_pid();
}

/* The descriptor to poll for the watch, or -1. */
static int exit_watch_fd(void) {
    return bundle_watch >= 0 ? bundle_watch : init_pidfd;
}

/* After a poll, with the revents of exit_watch_fd(). */
static void exit_watch_event(short revents) {
    if (bundle_watch >= 0) {
        if (!revents)
            return;
        char ev[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
        while (read(bundle_watch, ev, sizeof ev) > 0) {
        }
        read_init_pid();
    } else if (init_pidfd >= 0) {
        if (revents)
            run_on_exit();
    } else if (init_pid > 0 && kill(init_pid, 0) < 0 && errno == ESRCH) {
        run_on_exit();
    }
}

/* The streams ended or the task is being deleted: an init process that ran has exited. */
static void exit_watch_finish(void) {
    if (bundle_watch >= 0)
        read_init_pid();
    if (init_pidfd >= 0 || init_pid > 0)
        run_on_exit();
}

/* ---- setup ------------------------------------------------------------------------------ */

static void usage(int fd) {
    put(fd,
        "usage: podctl-logger [key value]...   (a containerd logging binary)\n"
        "  keys: path ABS, max-size N[k|m|g], max-files N, partial-flush MS, on-exit ARGV, tee FIFO\n"
        "  reads the container's stdout on fd 3 and stderr on fd 4, signals readiness on fd 5,\n"
        "  and appends CRI-format records to the file at path.\n"
        "  podctl-logger --version | --help\n");
}

static void die_usage(const char *a, const char *b) {
    report(a, b);
    usage(2);
    exit(2);
}

/* on-exit's value: the program's absolute path, then its arguments, one a line. */
static void set_on_exit(const char *v) {
    size_t n = strlen(v);
    if (n == 0 || n >= sizeof on_exit_buf || v[0] != '/')
        die_usage("on-exit must be an absolute program path, then its arguments, one a line (4095 bytes at most): ", v);
    memcpy(on_exit_buf, v, n + 1);
    int argc = 0;
    for (char *p = on_exit_buf; p;) {
        if (argc == ON_EXIT_MAX_ARGS)
            die_usage("on-exit has too many arguments", "");
        on_exit_argv[argc++] = p;
        p = strchr(p, '\n');
        if (p)
            *p++ = '\0';
    }
    on_exit_argv[argc] = NULL;
}

static unsigned long long parse_size(const char *key, const char *v) {
    char *end;
    errno = 0;
    if (*v < '0' || *v > '9')
        die_usage("bad value for ", key);
    unsigned long long n = strtoull(v, &end, 10);
    unsigned shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: break;
    }
    if ((*end == 'i' || *end == 'I') && shift) /* "10Mi" */
        end++;
    if (*end == 'b' || *end == 'B')
        end++;
    if (errno || *end != '\0' || n > (ULLONG_MAX >> shift))
        die_usage("bad value for ", key);
    return n << shift;
}

static void parse_args(int argc, char **argv) {
    int have_path = 0;
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        usage(1);
        exit(0);
    }
    if (argc == 2 && (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-v") == 0)) {
        put(1, "podctl-logger " LOGGER_VERSION "\n");
        exit(0);
    }
    if ((argc - 1) % 2 != 0)
        die_usage("arguments come in pairs: key value", "");
    for (int i = 1; i < argc; i += 2) {
        const char *k = argv[i], *v = argv[i + 1];
        while (*k == '-')
            k++;
        if (strcmp(k, "path") == 0) {
            size_t n = strlen(v);
            if (v[0] != '/' || n < 2 || v[n - 1] == '/' || n >= sizeof log_path - 8)
                die_usage("path must be an absolute file path: ", v);
            memcpy(log_path, v, n + 1);
            have_path = 1;
        } else if (strcmp(k, "max-size") == 0) {
            max_size = parse_size(k, v);
            if (max_size != 0 && max_size < 4096)
                die_usage("max-size must be 0 or at least 4096: ", v);
        } else if (strcmp(k, "max-files") == 0) {
            unsigned long long n = parse_size(k, v);
            if (n < 1 || n > MAX_FILES_LIMIT)
                die_usage("max-files must be 1..100: ", v);
            max_files = (unsigned)n;
        } else if (strcmp(k, "partial-flush") == 0) {
            unsigned long long ms = parse_size(k, v);
            if (ms > 86400000ULL)
                die_usage("partial-flush must be at most 86400000 ms: ", v);
            partial_flush_ns = (int64_t)ms * 1000000LL;
        } else if (strcmp(k, "tee") == 0) {
            size_t n = strlen(v);
            if (v[0] != '/' || n < 2 || n >= sizeof tee_path)
                die_usage("tee must be an absolute path: ", v);
            memcpy(tee_path, v, n + 1);
        } else if (strcmp(k, "on-exit") == 0) {
            set_on_exit(v);
        } else {
            report("ignoring unknown argument ", argv[i]);
        }
    }
    if (!have_path) {
        const char *ns = getenv("CONTAINER_NAMESPACE"), *id = getenv("CONTAINER_ID");
        if (!ns || !id || !*ns || !*id || strchr(ns, '/') || strchr(id, '/') || ns[0] == '.' || id[0] == '.' ||
            strlen(DEFAULT_DIR) + strlen(ns) + strlen(id) + 16 >= sizeof log_path - 8)
            die_usage("no path argument, and no usable CONTAINER_NAMESPACE and CONTAINER_ID", "");
        strcpy(log_path, DEFAULT_DIR);
        strcat(log_path, ns);
        strcat(log_path, "/");
        strcat(log_path, id);
        strcat(log_path, "/container.log");
    }
}

static void on_stop(int sig) {
    (void)sig;
    stop_requested = 1;
}

int main(int argc, char **argv) {
    parse_args(argc, argv);

    /* nothing but the protocol's fds: no stray pipe of containerd's parent stays open here */
    if (close_range(FD_READY + 1, ~0U, 0) < 0)
        for (int fd = FD_READY + 1; fd < 1024; fd++)
            close(fd);

    umask(027); /* exact 0700 directories and 0640 files */
    exit_watch_setup(); /* reads the working directory: before the chdir */
    if (chdir("/") < 0) {
        /* harmless: only the shim's bundle directory stays pinned */
    }

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = on_stop; /* no SA_RESTART: ppoll returns EINTR */
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigset_t blocked, waitmask;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGTERM);
    sigaddset(&blocked, SIGINT);
    sigprocmask(SIG_BLOCK, &blocked, &waitmask); /* delivered only inside ppoll */
    sigdelset(&waitmask, SIGTERM);
    sigdelset(&waitmask, SIGINT);

    for (int i = 0; i < 2; i++) {
        int fl = fcntl(streams[i].fd, F_GETFL);
        if (fl < 0) {
            report("no pipe on fd ", i == 0 ? "3 (stdout)" : "4 (stderr)");
            streams[i].fd = -1;
            continue;
        }
        fcntl(streams[i].fd, F_SETFL, fl | O_NONBLOCK);
        fcntl(streams[i].fd, F_SETFD, FD_CLOEXEC);
    }

    open_log(); /* a failure is reported; the pipes are drained anyway and the open retried */
    tee_open(); /* before readiness: the container's first bytes reach the reader too */

    /* ready: one byte, then EOF */
    if (fcntl(FD_READY, F_GETFD) >= 0) {
        char zero = 0;
        while (write(FD_READY, &zero, 1) < 0 && errno == EINTR) {
        }
        close(FD_READY);
    }

    while (streams[0].fd >= 0 || streams[1].fd >= 0 || tee_pending()) {
        struct pollfd pfd[4];
        struct stream *ps[3];
        nfds_t n = 0;
        int64_t now = mono_ns(), wait_ns = -1;
        for (int i = 0; i < 2; i++) {
            struct stream *s = &streams[i];
            if (s->fd < 0)
                continue;
            if (i != 0 || !tee_pending()) { /* stdout waits while the tee is behind */
                pfd[n].fd = s->fd;
                pfd[n].events = POLLIN;
                pfd[n].revents = 0;
                ps[n++] = s;
            }
            if (partial_flush_ns && s->len > 0) {
                int64_t left = s->pending_since + partial_flush_ns - now;
                if (left < 0)
                    left = 0;
                if (wait_ns < 0 || left < wait_ns)
                    wait_ns = left;
            }
        }
        if (tee_pending()) {
            pfd[n].fd = tee_fd;
            pfd[n].events = POLLOUT;
            pfd[n].revents = 0;
            ps[n++] = NULL;
        }
        nfds_t nstreams = n; /* then the on-exit watch, if any */
        int xfd = exit_watch_fd();
        if (xfd >= 0) {
            pfd[n].fd = xfd;
            pfd[n].events = POLLIN;
            pfd[n].revents = 0;
            n++;
        }
        if (init_pid > 0 && (wait_ns < 0 || wait_ns > EXIT_POLL_NS))
            wait_ns = EXIT_POLL_NS;
        struct timespec to, *top = NULL;
        if (wait_ns >= 0) {
            to.tv_sec = (time_t)(wait_ns / 1000000000LL);
            to.tv_nsec = (long)(wait_ns % 1000000000LL);
            top = &to;
        }
        int r = ppoll(pfd, n, top, &waitmask);
        if (r < 0 && errno != EINTR)
            break;
        if (stop_requested)
            break;
        for (nfds_t i = 0; r > 0 && i < nstreams; i++)
            if (pfd[i].revents && ps[i])
                pump(ps[i], 4);
            else if (pfd[i].revents)
                tee_flush();
        exit_watch_event(xfd >= 0 && r > 0 ? pfd[nstreams].revents : 0);
        if (partial_flush_ns) {
            now = mono_ns();
            for (int i = 0; i < 2; i++) {
                struct stream *s = &streams[i];
                if (s->len > 0 && now - s->pending_since >= partial_flush_ns) {
                    clock_gettime(CLOCK_REALTIME, &chunk_time);
                    flush_partial(s);
                }
            }
        }
        flush_out();
    }

    /* stopping: take what is readable now (the writers are gone, or we were told to go); the
     * tee's reader gets what it can take at once, then its end-of-file */
    tee_flush();
    tee_close();
    for (int i = 0; i < 2; i++) {
        pump(&streams[i], 256); /* bounded: a writer that is still alive cannot keep us here */
        clock_gettime(CLOCK_REALTIME, &chunk_time);
        flush_partial(&streams[i]);
    }
    flush_out();
    exit_watch_finish();
    if (log_fd >= 0)
        close(log_fd);
    return dropped_total ? 1 : 0;
}
