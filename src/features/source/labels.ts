import type { Obligations } from '../../domain/model';

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
