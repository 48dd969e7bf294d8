import { describe, expect, it } from 'vitest';
import { isGeneratedPactName } from './generatedNames';

describe('isGeneratedPactName', () => {
  it.each([
    ['Defence pact: France–Poland (1921)', true],
    ['Non-aggression pact: Germany, Italy, Japan and 3 others (1936)', true],
    ['Consultation pact: United Kingdom, France and 25 others (1992)', true],
    ['North Atlantic Treaty Organization (NATO)', false],
    ['Inter-American Treaty of Reciprocal Assistance (Rio Pact)', false],
    ['Entente cordiale', false],
  ])('%s → %s', (name, generated) => expect(isGeneratedPactName(name)).toBe(generated));
});
