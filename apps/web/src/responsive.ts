import { useSyncExternalStore } from 'react';

/** Below antd's `md` breakpoint (768 px): phones, held in one hand. */
const PHONE = '(max-width: 767.98px)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(PHONE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/**
 * True on a phone-sized screen. Read from the media query synchronously (antd's useBreakpoint
 * answers only after a first render, which would flash the desktop layout on a phone).
 */
export function usePhone(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(PHONE).matches);
}
