/**
 * Copies environment variables onto a config object, converting to the type of the
 * property's default (numbers stay numbers). Empty strings count as unset, so
 * `NEO4J_URI=` in a .env file does not mean "connect to the empty URI".
 */
export function plainToConfig<T extends object>(
  defaults: T,
  names: Record<keyof T, string>,
  env: NodeJS.ProcessEnv,
): { config: T; problems: string[] } {
  const problems: string[] = [];
  const target = defaults as Record<string, unknown>;
  for (const [property, variable] of Object.entries(names) as [string, string][]) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    if (typeof target[property] === 'number') {
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
