import { selectionPanels } from '../src/features/source/DetailsPanel';

// In the app the pact and state panels load when the browser is idle after the first view, so a click finds them
// loaded and they render at once; component tests start from that state. Their loading state and a failed load are
// tested with WhenLoaded (src/shared/lazy/WhenLoaded.test.tsx) and in the browser (tests/e2e/lazy-chunks.e2e.ts).
await selectionPanels.load();
