// The outline comes from the API's outlet module (bundled data), so the map and the API draw the same district.
export { districtOutlineRing } from '../../functions/src/outlets/geojson';
