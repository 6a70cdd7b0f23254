// Passkeys (WebAuthn) in the browser: the server's options JSON in, the credential JSON out.
// Uses the browser's JSON helpers where it has them (Chromium, Firefox, Safari 18+), and a
// few lines of base64url conversion where it does not.

const toBytes = (text) => {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
};
const toText = (buffer) =>
  btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const withIds = (list) => list?.map((item) => ({ ...item, id: toBytes(item.id) }));

/** Whether this browser can use passkeys at all. */
export const passkeysSupported = () =>
  typeof window.PublicKeyCredential === 'function' && Boolean(navigator.credentials);

function creationOptions(json) {
  if (typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function') {
    return PublicKeyCredential.parseCreationOptionsFromJSON(json);
  }
  return {
    ...json,
    challenge: toBytes(json.challenge),
    user: { ...json.user, id: toBytes(json.user.id) },
    excludeCredentials: withIds(json.excludeCredentials),
  };
}

function requestOptions(json) {
  if (typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function') {
    return PublicKeyCredential.parseRequestOptionsFromJSON(json);
  }
  return { ...json, challenge: toBytes(json.challenge), allowCredentials: withIds(json.allowCredentials) };
}

/** RegistrationResponseJSON / AuthenticationResponseJSON, as the server verifies them. */
function credentialJson(credential) {
  if (typeof credential.toJSON === 'function') return credential.toJSON();
  const { response } = credential;
  const encoded = {};
  for (const key of ['clientDataJSON', 'attestationObject', 'authenticatorData', 'signature', 'userHandle']) {
    if (response[key]) encoded[key] = toText(response[key]);
  }
  if (typeof response.getTransports === 'function') encoded.transports = response.getTransports();
  return {
    id: credential.id,
    rawId: toText(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
    response: encoded,
    clientExtensionResults: credential.getClientExtensionResults(),
  };
}

/** Creates a passkey from PublicKeyCredentialCreationOptionsJSON; returns RegistrationResponseJSON. */
export async function createPasskey(optionsJson) {
  const credential = await navigator.credentials.create({ publicKey: creationOptions(optionsJson) });
  return credentialJson(credential);
}

/**
 * Signs in with a passkey from PublicKeyCredentialRequestOptionsJSON; returns AuthenticationResponseJSON.
 * `mediation: 'conditional'` waits for the user to pick a passkey in the field's autofill; `signal` cancels.
 */
export async function usePasskey(optionsJson, { mediation, signal } = {}) {
  const credential = await navigator.credentials.get({
    publicKey: requestOptions(optionsJson),
    ...(mediation && { mediation }),
    ...(signal && { signal }),
  });
  return credentialJson(credential);
}

/** Whether the browser can offer passkeys in a field's autofill. */
export async function autofillSupported() {
  return (
    passkeysSupported() &&
    typeof PublicKeyCredential.isConditionalMediationAvailable === 'function' &&
    (await PublicKeyCredential.isConditionalMediationAvailable().catch(() => false))
  );
}
