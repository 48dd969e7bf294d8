/**
 * The words an imported alliance's name starts with when neither COW nor ATOP nor the crosswalk names it
 * ("Defence pact: France–Poland (1921)"): io/import/naming.ts writes them, and views tell such names from the
 * ones people know (NATO, the Rio Pact) by them.
 */
export const GENERATED_NAME_WORDS = [
  'Defence pact',
  'Offensive alliance',
  'Neutrality pact',
  'Non-aggression pact',
  'Entente',
  'Consultation pact',
  'Alliance',
] as const;
export type GeneratedNameWord = (typeof GENERATED_NAME_WORDS)[number];

const GENERATED = new RegExp(`^(?:${GENERATED_NAME_WORDS.join('|')}): .+ \\(\\d{4}\\)$`);

/** Whether a pact's name is one the importer made up from its kind, members and year (not a name people know). */
export function isGeneratedPactName(name: string): boolean {
  return GENERATED.test(name);
}
