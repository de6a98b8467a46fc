/** How a variable whose default does not tell its type is read (an optional switch has no default). */
export type ValueKind = 'boolean';

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

/**
 * Copies environment variables onto a config object, converting to the type of the
 * property's default (numbers stay numbers, arrays are comma lists) or to the kind named in
 * `kinds`. Empty strings count as unset, so `NEO4J_URI=` in a .env file does not mean
 * "connect to the empty URI".
 */
export function plainToConfig<T extends object>(
  defaults: T,
  names: Record<keyof T, string>,
  env: NodeJS.ProcessEnv,
  kinds: Partial<Record<keyof T, ValueKind>> = {},
): { config: T; problems: string[] } {
  const problems: string[] = [];
  const target = defaults as Record<string, unknown>;
  for (const [property, variable] of Object.entries(names) as [string, string][]) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    if ((kinds as Record<string, ValueKind | undefined>)[property] === 'boolean') {
      const word = raw.trim().toLowerCase();
      if (TRUE.includes(word)) target[property] = true;
      else if (FALSE.includes(word)) target[property] = false;
      else problems.push(`${variable}=${JSON.stringify(raw)}: must be true or false`);
    } else if (Array.isArray(target[property])) {
      target[property] = raw
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    } else if (typeof target[property] === 'number') {
      const value = Number(raw.trim());
      if (!Number.isInteger(value)) {
        problems.push(`${variable}=${JSON.stringify(raw)}: must be a whole number`);
        continue;
      }
      target[property] = value;
    } else {
      target[property] = raw.trim();
    }
  }
  return { config: defaults, problems };
}
