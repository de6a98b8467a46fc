/** A small levelled logger writing to stderr; one line per message, so logs stay greppable. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Where log lines go: stderr, or (tests, tools) anything that takes a line. */
export type LogSink = (line: string) => void;

const toStderr: LogSink = (line) => process.stderr.write(line);

export function createLogger(level: LogLevel, sink: LogSink = toStderr): Logger {
  const at = (wanted: LogLevel) => (message: string) => {
    if (ORDER[wanted] >= ORDER[level]) sink(`${message}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
