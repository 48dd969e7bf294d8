import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait for what a person waits for (a dialog after a lazily loaded importer chunk). The default
// 1 s loses that race on a busy 2-core machine; a generous ceiling costs nothing when the machine is idle.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => cleanup());
