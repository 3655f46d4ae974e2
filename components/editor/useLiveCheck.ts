'use client';
import { useEffect, useRef, useState } from 'react';
import type { CheckResult, SaveRequest } from '@/lib/editor/types';
import { postJson } from './api-client';

// Short enough that the preview follows within the issue's 300 ms of a pause; the last answer wins anyway.
const pause = 150;

/**
 * Runs the content check on the unsaved form shortly after typing stops; the last answer wins. A new entry has no
 * check until the first change: an empty form is not yet a list of errors.
 */
export function useLiveCheck(request: SaveRequest, initial: CheckResult | undefined) {
  const [check, setCheck] = useState(initial);
  const [checking, setChecking] = useState(false);
  const latest = useRef(0);
  const payload = JSON.stringify(request);
  // The form as loaded has been checked on the server already.
  const sent = useRef(payload);
  useEffect(() => {
    if (sent.current === payload) return;
    sent.current = payload;
    const number = ++latest.current;
    const timer = setTimeout(async () => {
      setChecking(true);
      const { data } = await postJson<CheckResult>('/edit/api/check', payload).catch(() => ({ data: undefined }));
      if (number !== latest.current) return;
      setChecking(false);
      if (data?.issues) setCheck(data);
    }, pause);
    return () => clearTimeout(timer);
  }, [payload]);
  return { check, setCheck, checking };
}
