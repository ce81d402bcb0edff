// The README's Angular example, verbatim after this comment (scripts/test-package.mjs compares
// them): a standalone component compiled by ngc with strictTemplates, which must give no error.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'union-widgets';
import type { PetitionData, UnionShareEvent } from 'union-widgets';

@Component({
  selector: 'app-petition',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<union-petition-counter [data]="petition" (union-share)="shared($event)" />`,
})
export class PetitionComponent {
  petition: PetitionData = { title: 'Invest in patient care', url: 'https://…', count: 1200 };
  shared(e: UnionShareEvent) {
    console.log(e.channel);
  }
}
