/** The sign-in experience settings: one row per configuration ('default'), the fields as JSON text. */
export interface SignInExperiencesTable {
  id: string;
  data: string;
  updated_at: number;
}

export interface SignInExperienceDatabase {
  sign_in_experiences: SignInExperiencesTable;
}
