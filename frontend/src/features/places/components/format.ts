import type { Building } from '../api/types';

type Address = Pick<Building, 'street' | 'number' | 'postcode'>;

export function streetAddress(building: Pick<Building, 'street' | 'number'>): string {
  return `${building.street} ${building.number}`;
}

export function fullAddress(building: Address): string {
  return `${building.street} ${building.number}, ${building.postcode}`;
}

/** A building's heading: its local name when it has one, else its street address. */
export function buildingTitle(building: Pick<Building, 'name' | 'street' | 'number'>): string {
  return building.name?.trim() ? building.name : streetAddress(building);
}
