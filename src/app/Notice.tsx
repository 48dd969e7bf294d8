import { setNotice } from '../state/actions';
import { dispatch } from '../state/dispatch';
import { useAppStore, useAppStoreApi } from '../state/storeContext';
import { selectNotice } from '../state/selectors';

/** A dismissable notice (e.g. a link that was partly ignored). */
export function Notice() {
  const store = useAppStoreApi();
  const notice = useAppStore(selectNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span>{notice}</span>
      <button type="button" aria-label="Dismiss notice" onClick={() => dispatch(store, setNotice(null))}>
        ×
      </button>
    </div>
  );
}
