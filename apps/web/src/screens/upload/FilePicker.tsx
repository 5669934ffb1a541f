import { useState, type DragEvent } from 'react';
import { ACCEPT_ATTRIBUTE, describeExtensions } from '@auditor/vocabulary';
import { Field } from '../../components/Field';

/** The file input as a drop zone, with the chosen files listed and removable one by one. */
export function FilePicker({
  files,
  disabled,
  onAdd,
  onRemove,
}: {
  files: File[];
  disabled: boolean;
  onAdd(list: FileList | null): void;
  onRemove(file: File): void;
}) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    onAdd(e.dataTransfer.files);
  };
  return (
    <div
      className={`dropzone${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Field label="Files" className="block-label">
        <input
          type="file"
          multiple
          accept={ACCEPT_ATTRIBUTE}
          disabled={disabled}
          onChange={(e) => {
            onAdd(e.target.files);
            // Cleared so that choosing the same file again (after removing it) fires a change.
            e.target.value = '';
          }}
          aria-describedby="files-hint"
        />
      </Field>
      <p id="files-hint" className="hint">
        Drop files here or choose them: {describeExtensions()} (text in UTF-8).
      </p>
      {files.length > 0 && (
        <ul className="file-list" aria-label="Chosen files">
          {files.map((f) => (
            <li key={`${f.name}-${f.size}`}>
              {f.name} <span className="hint">({Math.ceil(f.size / 1024)} KB)</span>{' '}
              <button
                type="button"
                className="link-button"
                disabled={disabled}
                onClick={() => onRemove(f)}
                aria-label={`Remove ${f.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
