import { registerEnumType } from 'type-graphql';

/** The GraphQL name of a stored value: `county-city` → COUNTY_CITY. */
const enumName = (value: string): string => value.replace(/-/g, '_').toUpperCase();

/**
 * A GraphQL enum over a closed set of stored strings: each GraphQL value (COUNTY_CITY)
 * stands for the string the graph stores (`county-city`), so resolvers pass it to Cypher
 * as it is and the graph keeps one spelling.
 */
export function stringEnum<Value extends string>(
  values: readonly Value[],
  name: string,
  description: string,
  valueDescriptions: Record<Value, string>,
): Record<string, Value> {
  const enumObject = Object.fromEntries(values.map((value) => [enumName(value), value])) as Record<string, Value>;
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      values.map((value) => [enumName(value), { description: valueDescriptions[value] }]),
    ),
  });
  return enumObject;
}
