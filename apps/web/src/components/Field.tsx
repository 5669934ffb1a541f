import { cloneElement, useId, type ReactElement } from 'react';

/**
 * A labelled form control: the <label> sits next to the control (for/id), not around it, so the
 * control's accessible name is exactly `label` (a wrapping label would add a select's current
 * option or an input's value to it).
 */
export function Field({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactElement<{ id?: string }>;
}) {
  const generated = useId();
  const id = children.props.id ?? generated;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  );
}
