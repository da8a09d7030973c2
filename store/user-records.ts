// Contract of the user store: users with a role, an argon2id password hash and the sha256 of their
// one API key, and login sessions (sha256 of the session id, with an expiry). Hashing and checks
// are app/users.ts; this is storage only. Drivers: PostgreSQL (pg-store.ts), memory (memory-store.ts).
export interface StoredUser {
  name: string;
  role: string;
  /** '' when the user has no password (API key only). */
  passwordHash: string;
  keyHash: string | null;
  createdAt: string;
}

export interface UserRecords {
  /** false when the name is taken. */
  insertUser(user: StoredUser): Promise<boolean>;
  getUser(name: string): Promise<StoredUser | null>;
  listUsers(): Promise<StoredUser[]>;
  /** Also ends the user's sessions. */
  deleteUser(name: string): Promise<boolean>;
  updateUser(name: string, patch: Partial<Pick<StoredUser, 'role' | 'passwordHash' | 'keyHash'>>): Promise<boolean>;
  userByKeyHash(keyHash: string): Promise<StoredUser | null>;
  putSession(idHash: string, name: string, expiresAt: Date): Promise<void>;
  /** The session's user when it has not expired at `now`; its expiry moves to `renewTo`. */
  sessionUser(idHash: string, now: Date, renewTo: Date): Promise<StoredUser | null>;
  deleteSession(idHash: string): Promise<void>;
}
