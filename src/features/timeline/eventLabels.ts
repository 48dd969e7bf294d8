import type { EventType } from '../../domain/model';

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  proposed: 'proposed',
  signed: 'signed',
  ratified: 'ratified',
  'entered-into-force': 'entered into force',
  joined: 'joined',
  withdrew: 'withdrew',
  suspended: 'suspended',
  terminated: 'terminated',
  superseded: 'superseded',
};
