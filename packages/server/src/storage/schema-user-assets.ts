/**
 * Uploaded images (avatars), served at `/user-assets/:id`. `user_id` is the uploader when an end
 * user uploaded it (Account API, Experience API); null for Management API uploads.
 */
export interface UserAssetsTable {
  id: string;
  user_id: string | null;
  content_type: string;
  size: number;
  /** The bytes, base64. */
  data: string;
  created_at: number;
}

export interface UserAssetsDatabase {
  user_assets: UserAssetsTable;
}
