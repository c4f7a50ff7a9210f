'use client';

import { useEffect, useRef, useState } from 'react';

// wait for a pause in typing before asking, so a fast typist sends one request, not one per key
const TYPING_PAUSE_MS = 150;

/**
 * A labelled search field named `q`, for a GET form to `/search`. Without JavaScript it is a plain field; with
 * it, the browser's own suggestion list (a `<datalist>`, keyboard-accessible) offers words from
 * `/api/search-suggestions` as the visitor types. A failed or outdated request leaves the list as it was.
 * @example <SearchBox id="site-search" label="Search learning resources" defaultValue="quantum" />
 */
export function SearchBox({ id, label, defaultValue }: { id: string; label: string; defaultValue?: string }) {
  const [text, setText] = useState(defaultValue ?? '');
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const typed = useRef(false);

  useEffect(() => {
    const prefix = text.trim().toLowerCase();
    if (!typed.current || prefix.length === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchSuggestions(prefix, controller.signal)
        .then((words) => words && setSuggestions(words))
        .catch(() => {
          // suggestions are a convenience: the form works without them
        });
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const listId = `${id}-suggestions`;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        name="q"
        value={text}
        maxLength={200}
        autoComplete="off"
        list={listId}
        onChange={(event) => {
          typed.current = true;
          setText(event.target.value);
        }}
      />
      <datalist id={listId}>
        {suggestions.map((word) => (
          <option key={word} value={word} />
        ))}
      </datalist>
    </>
  );
}

async function fetchSuggestions(prefix: string, signal: AbortSignal): Promise<string[] | undefined> {
  const response = await fetch(`/api/search-suggestions?prefix=${encodeURIComponent(prefix)}`, { signal });
  if (!response.ok) return undefined;
  const body: unknown = await response.json();
  return Array.isArray(body) ? body.filter((word): word is string => typeof word === 'string') : undefined;
}
