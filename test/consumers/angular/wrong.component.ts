// Mistakes Angular's strict templates catch with the package's typings: scripts/test-package.mjs
// expects an ngc error on each line after an "expect-error" comment, naming the "quoted" type
// (which only the package's typings give: without them `$event` is an Event and a `#ref` an
// HTMLElement, and these lines would fail for another reason), and no error on any other line.
// With CUSTOM_ELEMENTS_SCHEMA, Angular types `$event` of a `(union-*)` binding and a `#ref` on a
// union-* tag from the element's own types (HTMLElementTagNameMap and its events), but it does
// not check property bindings to elements: `[data]="checklist"` on <union-vote-tally>, or
// `[layout]="'wide'"`, compile without error (compiler-cli 21 hard-codes
// checkTypeOfDomBindings: false), so they are not asserted here.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'union-widgets';
import type { UnionRegisterEvent } from 'union-widgets';

@Component({
  selector: 'app-wrong',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- expect-error "UnionActionToggleEvent": the listener takes a UnionRegisterEvent -->
    <union-action-checklist (union-action-toggle)="registered($event)" />
    <!-- expect-error "'boolean'": done is a boolean, log() takes a string -->
    <union-action-checklist (union-action-toggle)="log($event.done)" />
    <!-- expect-error "TownHallData": a town hall's data has no results (a vote tally has) -->
    <union-town-hall #hall />{{ hall.data?.results }}
  `,
})
export class WrongComponent {
  registered(e: UnionRegisterEvent) {
    return e.url;
  }
  log(text: string) {
    return text;
  }
}
