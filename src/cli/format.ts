// Human forms of sizes and times, as docker prints them.

/** Decimal units, three significant digits: 4.27MB, 980kB, 12B. */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${Number(value.toFixed(digits))}${units[unit]}`;
}

/** Binary units, four significant digits, as docker shows memory: 1.367MiB, 64MiB, 0B. */
export function binarySize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number(value.toPrecision(4))}${units[unit]}`;
}

/** "3 minutes ago", "About an hour ago", "2 days ago". */
export function timeAgo(date: Date | undefined, now: Date = new Date()): string {
  if (date === undefined) return 'N/A';
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  if (seconds < 1) return 'Less than a second ago';
  if (seconds < 60) return plural(seconds, 'second');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'About a minute ago' : plural(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return hours === 1 ? 'About an hour ago' : plural(hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.round(days / 7), 'week');
  if (days < 730) return plural(Math.round(days / 30), 'month');
  return plural(Math.round(days / 365), 'year');
}

/** The 12 hex digits docker shows as an image or container ID. */
export function shortId(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12);
}
