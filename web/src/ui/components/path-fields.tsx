import type { LearningPathVisibility } from '@/gql/graphql';
import { visibilities } from '@/lib/learning-paths';
import { TextField } from '@/ui/atoms/text-field';

/**
 * The fields of a path that its creation and its editor share: title, description and who sees it.
 * @example <PathFields title={path.title} description={path.description ?? ''} visibility={path.visibility} />
 */
export function PathFields({
  title,
  description,
  visibility,
}: {
  title: string;
  description: string;
  visibility: LearningPathVisibility;
}) {
  return (
    <>
      <TextField label="Title" name="title" defaultValue={title} required maxLength={200} />
      <div className="field">
        <label htmlFor="field-description">Description</label>
        <textarea id="field-description" name="description" defaultValue={description} maxLength={5000} rows={4} />
      </div>
      <fieldset className="visibility-choices">
        <legend>Who sees it</legend>
        {visibilities.map((choice) => (
          <label key={choice.value}>
            <input type="radio" name="visibility" value={choice.value} defaultChecked={choice.value === visibility} />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
    </>
  );
}
