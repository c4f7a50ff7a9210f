'use client';

import { useEffect } from 'react';

/**
 * Lets a pointer drag the items of a server-rendered list (`li[data-resource-id][data-position]`) to another
 * place: dropping one on another fills the move form (`resourceId`, `position`: the target's) and sends it,
 * the same form the move buttons use, so the server does the move and the page reloads in the new order.
 * Renders nothing; without JavaScript the buttons remain.
 * @example <DragToReorder listId="path-items" formId="drag-move" />
 */
export function DragToReorder({ listId, formId }: { listId: string; formId: string }) {
  useEffect(() => {
    const list = document.getElementById(listId);
    const form = document.getElementById(formId);
    if (!list || !(form instanceof HTMLFormElement)) return;
    const items = [...list.querySelectorAll<HTMLLIElement>('li[data-resource-id]')];
    let dragged: HTMLLIElement | undefined;
    const controller = new AbortController();
    const { signal } = controller;
    for (const item of items) {
      item.draggable = true;
      item.addEventListener(
        'dragstart',
        (event) => {
          dragged = item;
          event.dataTransfer?.setData('text/plain', item.dataset.resourceId ?? '');
          item.classList.add('dragging');
        },
        { signal },
      );
      item.addEventListener('dragend', () => item.classList.remove('dragging'), { signal });
      item.addEventListener(
        'dragover',
        (event) => {
          if (dragged && dragged !== item) event.preventDefault();
        },
        { signal },
      );
      item.addEventListener(
        'drop',
        (event) => {
          event.preventDefault();
          if (!dragged || dragged === item) return;
          setField(form, 'resourceId', dragged.dataset.resourceId ?? '');
          setField(form, 'position', item.dataset.position ?? '');
          form.requestSubmit();
        },
        { signal },
      );
    }
    return () => {
      controller.abort();
      for (const item of items) item.draggable = false;
    };
  }, [listId, formId]);
  return null;
}

function setField(form: HTMLFormElement, name: string, value: string): void {
  const input = form.elements.namedItem(name);
  if (input instanceof HTMLInputElement) input.value = value;
}
