import type { TopicTree } from '@/lib/accounts';

/**
 * The topic tree as checkboxes named `interests`, sub-topics under their topic, the person's choices ticked.
 * @example <InterestChoices topics={topics} chosen={new Set(['t1'])} />
 */
export function InterestChoices({ topics, chosen }: { topics: TopicTree; chosen: ReadonlySet<string> }) {
  return (
    <fieldset className="interest-choices">
      <legend>Interests</legend>
      <ul>
        {topics.map((topic) => (
          <li key={topic.id}>
            <TopicBox id={topic.id} name={topic.name} checked={chosen.has(topic.id)} />
            {topic.children.length > 0 ? (
              <ul>
                {topic.children.map((child) => (
                  <li key={child.id}>
                    <TopicBox id={child.id} name={child.name} checked={chosen.has(child.id)} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function TopicBox({ id, name, checked }: { id: string; name: string; checked: boolean }) {
  return (
    <label>
      <input type="checkbox" name="interests" value={id} defaultChecked={checked} /> {name}
    </label>
  );
}
