/**
 * "Show as of": moments worth previewing a widget at, worked out from its data — before the town
 * hall's registration closes, during each session, after the last one; before an action closes.
 * The preview hands the chosen instant to the widgets through their `now` attribute.
 */
import type { ActionChecklistData } from '../src/action-checklist/model.js';
import { toInstant } from '../src/internal/zoned.js';
import type { TownHallData } from '../src/town-hall/model.js';
import { isObject, type SectionKey } from './campaign.js';
import type { EditorMessages } from './i18n.js';

export interface Moment {
  /** What the volunteer picks ("During Session 1"). */
  label: string;
  /** The instant, ms since the epoch. */
  at: number;
}

const MINUTE = 6e4;
const DAY = 864e5;

/** The town hall's moments: a day before registration closes, during each session, after. */
function townHallMoments(d: Partial<TownHallData>, t: EditorMessages): Moment[] {
  if (typeof d.timeZone !== 'string' || !Array.isArray(d.sessions)) return [];
  const zone = d.timeZone;
  const minutes = typeof d.durationMinutes === 'number' ? d.durationMinutes : 60;
  const sessions = d.sessions
    .filter((s) => isObject(s) && typeof s.start === 'string')
    .map((s, i) => {
      const start = safeInstant(s.start, zone);
      const end = typeof s.end === 'string' ? safeInstant(s.end, zone) : start + minutes * MINUTE;
      const name = s.label || t.form.item(t.fields['townHall.sessions'].item!, i + 1);
      return { start, end, name };
    })
    .filter((s) => Number.isFinite(s.start));
  if (!sessions.length) return [];
  const first = Math.min(...sessions.map((s) => s.start));
  const last = Math.max(...sessions.map((s) => s.end));
  const deadline = typeof d.deadline === 'string' ? safeInstant(d.deadline, zone) : NaN;
  const closes = Number.isFinite(deadline) ? Math.min(deadline, last) : first;
  return [
    { label: t.preview.beforeDeadline, at: closes - DAY },
    ...sessions.map((s) => ({
      label: t.preview.during(s.name),
      at: Math.min(s.start + 5 * MINUTE, (s.start + s.end) / 2),
    })),
    { label: t.preview.after, at: last + 60 * MINUTE },
  ];
}

/** A day before each action with a due date closes. */
function checklistMoments(d: Partial<ActionChecklistData>, t: EditorMessages): Moment[] {
  if (!Array.isArray(d.actions)) return [];
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return d.actions
    .filter((a) => isObject(a) && typeof a.due === 'string')
    .map((a) => ({
      label: t.preview.beforeDue(String(a.title ?? a.id)),
      at: safeInstant(a.due!, typeof a.timeZone === 'string' ? a.timeZone : zone) - DAY,
    }))
    .filter((m) => Number.isFinite(m.at));
}

function safeInstant(iso: string, zone: string): number {
  try {
    return toInstant(iso, zone);
  } catch {
    return NaN; // an unknown zone: the form already says so
  }
}

/** The moments worth previewing `section`'s data at (none for widgets that do not change with time). */
export function moments(section: SectionKey, data: unknown, t: EditorMessages): Moment[] {
  if (!isObject(data)) return [];
  if (section === 'townHall') return townHallMoments(data as Partial<TownHallData>, t);
  if (section === 'actionChecklist')
    return checklistMoments(data as Partial<ActionChecklistData>, t);
  return [];
}
