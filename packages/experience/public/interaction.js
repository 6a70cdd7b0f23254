// The interaction's event (SignIn, Register or ForgotPassword): bound once at start-up and again
// whenever the flow changes. Every later Experience API call waits for the latest binding.
import { api } from './api.js';
import { showError } from './errors.js';
import { isPreview } from './preview.js';

let started = Promise.resolve();

/** Binds the interaction to the page's first event (not in the Admin Console's preview). */
export function startInteraction(mode) {
  started = isPreview
    ? Promise.resolve()
    : api('PUT', '', { interactionEvent: mode }).catch((error) => showError(error.message));
}

/** Resolves once the interaction is bound to its latest event. */
export const interactionReady = () => started;

/** Binds the interaction to the event of the flow; later calls wait for it. */
export function setEvent(event) {
  if (isPreview) return started;
  started = started
    .then(() => api('PUT', '/interaction-event', { interactionEvent: event }))
    .catch((error) => showError(error.message));
  return started;
}
