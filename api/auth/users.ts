// Users, API keys and sessions are a service of app/ (app/users.ts), stored in PostgreSQL; the API
// and the CLI import them from here.
export { Password, UserExistsError, UserName, createUserService, type User, type UserStore } from '../../app/users.ts';
