import { describeExtensions, hasAcceptedEnding } from '@auditor/vocabulary';

interface Named {
  name: string;
  size: number;
}

/** What to tell the user about picked files of a format the service does not read, or null. */
export function rejectedFilesProblem(picked: readonly Named[]): string | null {
  const bad = picked.filter((f) => !hasAcceptedEnding(f.name));
  return bad.length
    ? `Only ${describeExtensions()} files can be uploaded: ${bad.map((f) => f.name).join(', ')} left out`
    : null;
}

/** The chosen files plus the readable picked ones, a file already chosen (same name and size) once. */
export function addChosenFiles<F extends Named>(chosen: readonly F[], picked: readonly F[]): F[] {
  return [
    ...chosen,
    ...picked.filter((f) => hasAcceptedEnding(f.name) && !chosen.some((o) => o.name === f.name && o.size === f.size)),
  ];
}
