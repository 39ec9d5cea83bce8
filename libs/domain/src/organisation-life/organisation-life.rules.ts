/** Organisation codes: lowercase letters, digits, - and _. */
export const ORGANISATION_CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
