// Turns the services' JSON log lines (pino) into short readable lines for the terminal.
const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const COLORS = { identity: 36, catalog: 35, applications: 34, payments: 96, 'taxes-fines': 95, notifications: 32, documents: 93, gateway: 33 };

export function printServiceLine(service, line) {
  let text = line;
  try {
    const entry = JSON.parse(line);
    const time = (entry.time ?? '').slice(11, 19);
    const extra = ['url', 'operationName', 'durationMs', 'errorCodes', 'applied', 'err']
      .filter((key) => entry[key] !== undefined && entry[key] !== null)
      .map((key) => `${key}=${JSON.stringify(key === 'err' ? entry.err.message : entry[key])}`)
      .join(' ');
    text = `${time} ${LEVELS[entry.level] ?? entry.level} ${entry.msg ?? ''} ${extra}`.trimEnd();
  } catch {
    // not JSON: print as it is
  }
  const color = COLORS[service] ?? 32;
  console.log(`\x1b[${color}m${service.padEnd(9)}\x1b[0m ${text}`);
}
