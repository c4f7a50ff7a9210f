import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUsers, type TestSession, type UsersUnderTest } from './support/users-under-test.js';

const profileUpdate = `mutation ($input: ProfileUpdateInput!) {
  profileUpdate(input: $input) {
    success
    record { id displayName avatarUrl interests { id } preferredLanguages learningGoals }
    errors { field message }
  }
}`;
const topic = '0190b2a0-0000-7000-8000-00000000aaaa';

type Answer = { profileUpdate: { success: boolean; record: Record<string, unknown> | null; errors: unknown[] } };

describe('profiles', () => {
  let users: UsersUnderTest;
  let ada: TestSession;
  beforeAll(async () => {
    users = await startUsers();
    ada = await users.createAccount('ada@example.org');
  });
  afterAll(() => users.close());

  it('lets the owner set a display name, an https avatar, topic interests, languages and goals', async () => {
    const { data } = await users.query<Answer>(
      profileUpdate,
      {
        input: {
          displayName: ' Countess ',
          avatarUrl: 'https://images.example.org/ada.png',
          interests: [topic, topic.toUpperCase()],
          preferredLanguages: ['en', 'fr'],
          learningGoals: ['Analytical engines'],
        },
      },
      ada.accessToken,
    );
    expect(data?.profileUpdate).toEqual({
      success: true,
      record: {
        id: ada.user.id,
        displayName: 'Countess',
        avatarUrl: 'https://images.example.org/ada.png',
        interests: [{ id: topic }],
        preferredLanguages: ['en', 'fr'],
        learningGoals: ['Analytical engines'],
      },
      errors: [],
    });
  });

  it('changes only the fields given, and clears a text with null', async () => {
    const { data } = await users.query<Answer>(profileUpdate, { input: { avatarUrl: null } }, ada.accessToken);
    expect(data?.profileUpdate.record).toMatchObject({
      displayName: 'Countess',
      avatarUrl: null,
      preferredLanguages: ['en', 'fr'],
    });
  });

  it('reports every invalid field by its path and changes nothing', async () => {
    const { data } = await users.query<Answer>(
      profileUpdate,
      {
        input: {
          avatarUrl: 'http://insecure.example/a.png',
          interests: ['not-a-topic'],
          preferredLanguages: ['english'],
        },
      },
      ada.accessToken,
    );
    expect(data?.profileUpdate).toMatchObject({
      success: false,
      errors: [
        { field: 'avatarUrl', message: 'an https URL' },
        { field: 'interests.0', message: 'a topic id' },
        { field: 'preferredLanguages.0', message: 'an ISO 639-1 code such as "en"' },
      ],
    });
  });

  it('shows the profile to others, and lets nobody but the owner change it', async () => {
    const anonymous = await users.query(profileUpdate, { input: { displayName: 'Mallory' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { data } = await users.query<{ _entities: Array<{ displayName: string; email: string | null }> }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { displayName email } } }',
      { r: [{ __typename: 'User', id: ada.user.id }] },
    );
    expect(data?._entities).toEqual([{ displayName: 'Countess', email: null }]);
  });
});
