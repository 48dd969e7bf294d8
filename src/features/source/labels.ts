import type { BearingAspect, Obligations, ReferenceKind } from '../../domain/model';

export const OBLIGATION_LABELS: Record<keyof Obligations, string> = {
  defence: 'Defence',
  offence: 'Offence',
  neutrality: 'Neutrality',
  nonAggression: 'Non-aggression',
  consultation: 'Consultation',
};

export const STATUS_LABELS: Record<string, string> = {
  active: 'In force',
  terminated: 'Terminated',
  proposed: 'Proposed',
  suspended: 'Suspended',
  superseded: 'Superseded',
};

/** What a passage does for the record it is cited for, in words. */
export const ASPECT_LABELS: Record<BearingAspect, string> = {
  names: 'names it',
  terms: 'states its terms',
  members: 'states its members',
  date: 'states the date',
  act: 'describes the act',
  context: 'mentions it only as part of a larger whole',
};

export const REFERENCE_KIND_LABELS: Record<ReferenceKind, string> = {
  'treaty-text': 'Treaty text',
  'treaty-registration': 'Treaty registration',
  'official-record': 'Official record',
  'reference-work': 'Reference work',
  'press-report': 'Press report',
  'not-verified': 'No reference verified',
};
