'use client';
import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The frame loads the preview's page once; a later address of the same page (newer unsaved text) replaces the
 * content of the page shown instead of loading a new document, which would fetch and lay out everything again.
 * When that cannot be done (the page is still loading, the answer is a redirect to sign in), the frame loads it.
 */
export function usePreviewInPlace(address: string) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [firstAddress] = useState(address);
  const shown = useRef(address);
  // Right after React commits the new address, not after the next paint: the fetch starts a frame earlier.
  useLayoutEffect(() => {
    const target = frame.current;
    if (!target || shown.current === address) return;
    const controller = new AbortController();
    showInPlace(target, address, controller.signal)
      .catch(() => false)
      .then((done) => {
        if (controller.signal.aborted) return;
        if (!done) target.contentWindow?.location.replace(address);
        shown.current = address;
      });
    return () => controller.abort();
  }, [address]);
  return { frame, src: firstAddress };
}

/** Puts the page at `address` into the frame's document: its body and title, without its (never run) scripts. */
async function showInPlace(frame: HTMLIFrameElement, address: string, signal: AbortSignal): Promise<boolean> {
  const shown = frame.contentDocument;
  if (shown?.readyState !== 'complete') return false;
  const answer = await fetch(address, { signal });
  if (!answer.ok || answer.redirected) return false;
  const page = new DOMParser().parseFromString(await answer.text(), 'text/html');
  if (signal.aborted) return false;
  for (const script of page.querySelectorAll('script')) script.remove();
  shown.title = page.title;
  shown.body.replaceWith(shown.adoptNode(page.body));
  // The frame's address names what it shows, for a reload; a fragment is scrolled to, as a load would.
  shown.defaultView?.history.replaceState(null, '', address);
  const fragment = new URL(address, shown.baseURI).hash.slice(1);
  if (fragment) shown.getElementById(decodeURIComponent(fragment))?.scrollIntoView();
  return true;
}
