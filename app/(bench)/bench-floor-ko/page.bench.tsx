import { TextFloor } from '../text-floor';

export default function TextFloorPage() {
  return <TextFloor locale="ko" />;
}
