/** Uploaded custom sign-in UIs: the zip as uploaded (checked), served by `sign-in-experience/custom-ui`. */
export interface CustomUiAssetsTable {
  id: string;
  size: number;
  /** The zip's bytes, base64. */
  data: string;
  created_at: number;
}

export interface CustomUiAssetsDatabase {
  custom_ui_assets: CustomUiAssetsTable;
}
