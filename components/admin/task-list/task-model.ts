/** Which view a task falls in and in what order, pure: "now" and the zone are arguments (fake clocks in tests). */
import { instantOf, type Row } from '../shared/data-client.js';
import { dayIn } from '../shared/zoned.js';

export const TASK_TYPES = ['task', 'call', 'meeting', 'followup'] as const;
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const VIEWS = ['overdue', 'today', 'upcoming', 'done'] as const;
export type View = (typeof VIEWS)[number];

/**
 * Completed and cancelled tasks are done. An open task is overdue once its due instant has passed, "today"
 * when it is due later today, and upcoming when due on a later day or undated (days counted in `tz`).
 */
export function viewOf(task: Row, now: Date, tz: string): View {
  if (task.status === 'completed' || task.status === 'cancelled') return 'done';
  const due = instantOf(task.due_date);
  if (!due) return 'upcoming';
  if (due.getTime() < now.getTime()) return 'overdue';
  return dayIn(due, tz) === dayIn(now, tz) ? 'today' : 'upcoming';
}

const rank = (p: unknown) => {
  const i = (PRIORITIES as readonly unknown[]).indexOf(p);
  return i < 0 ? PRIORITIES.length : i;
};
/** Soonest due first (undated last), then high → low priority, then oldest created; done: latest due first. */
export function sortTasks(tasks: Row[], view: View): Row[] {
  const due = (t: Row) => instantOf(t.due_date)?.getTime() ?? Number.POSITIVE_INFINITY;
  return [...tasks].sort((a, b) => {
    const d = view === 'done' ? due(b) - due(a) : due(a) - due(b);
    return (Number.isNaN(d) ? 0 : d) || rank(a.priority) - rank(b.priority) || String(a.created_at).localeCompare(String(b.created_at));
  });
}
