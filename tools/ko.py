"""Korean texts for the web catalog: `python tools/ko.py` re-extracts the messages and writes
app/web/locales/ko/LC_MESSAGES/messages.po. A test fails when a message has no Korean text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

KO = {
    "That command is {n} characters long; the terminal takes at most {max}.": "이 명령은 {n}자입니다. 터미널은 최대 {max}자까지 받습니다.",
    "{file} was written to the read-write layer of {container} — it will be lost when the container is removed": "{file} 파일이 {container}의 읽기-쓰기 레이어에 저장되었습니다 — 컨테이너를 삭제하면 함께 사라집니다",
    "{file} was copied up from the image into the read-write layer of {container} before it changed": "{file} 파일이 바뀌기 전에 이미지에서 {container}의 읽기-쓰기 레이어로 복사(copy-up)되었습니다",
    "{file} was deleted in {container}: a whiteout in its layer hides the image's copy, which stays in the image": "{container}에서 {file} 파일을 삭제했습니다: 컨테이너 레이어의 화이트아웃이 이미지의 파일을 가릴 뿐, 이미지에는 그대로 남아 있습니다",
    "{file} was written to the volume {volume} — it stays when the container is removed": "{file} 파일이 볼륨 {volume}에 저장되었습니다 — 컨테이너를 삭제해도 남습니다",
    "{file} appeared in the host folder {folder}": "{file} 파일이 호스트 폴더 {folder}에 생겼습니다",
    "Container {container} was created with an empty read-write layer": "컨테이너 {container}가 빈 읽기-쓰기 레이어와 함께 만들어졌습니다",
    "{container} is running": "{container} 실행 중",
    "{container} stopped — its read-write layer is kept until it is removed": "{container} 중지됨 — 읽기-쓰기 레이어는 컨테이너를 삭제할 때까지 남아 있습니다",
    "{container} was removed together with its read-write layer; its volumes stay": "{container}가 읽기-쓰기 레이어와 함께 삭제되었습니다. 볼륨은 남아 있습니다",
    ("{count} file in the layer of {container} is gone for good", "{count} files in the layer of {container} are gone for good"): ("{container} 레이어에 있던 파일 {count}개가 영영 사라졌습니다",),
    ("{count} file was written to the volume {volume}", "{count} files were written to the volume {volume}"): ("볼륨 {volume}에 파일 {count}개가 저장되었습니다",),
    "Volume {volume} was created on the host": "호스트에 볼륨 {volume}가 만들어졌습니다",
    "Volume {volume} was removed with its data": "볼륨 {volume}가 데이터와 함께 삭제되었습니다",
    "Image {image} is ready: read-only layers that every container of it shares": "이미지 {image} 준비 완료: 이 이미지로 만든 모든 컨테이너가 함께 쓰는 읽기 전용 레이어입니다",
    "Image {image} was removed": "이미지 {image}가 삭제되었습니다",
    "Back at the start: nothing built, nothing running": "처음 상태로 돌아왔습니다: 빌드한 것도, 실행 중인 것도 없습니다",
    "Showing the state after: {command}": "다음 명령 직후의 상태를 보여 줍니다: {command}",
    "Not found": "찾을 수 없음",
    "This session does not exist": "이 세션은 존재하지 않습니다",
    "Check the link, or start a new Sandbox.": "링크를 확인하거나 새 샌드박스를 시작하세요.",
    "Go to the start page": "시작 페이지로 가기",
    "Address": "주소",
    "Reload": "새로고침",
    "The feedback app at localhost:%(port)s": "localhost:%(port)s의 피드백 앱",
    "This site can’t be reached": "사이트에 연결할 수 없음",
    "No container publishes a port yet. Run one with -p 3000:80 and its page shows up here.": "아직 포트를 공개한 컨테이너가 없습니다. -p 3000:80으로 실행하면 여기에 페이지가 나타납니다.",
    "Container": "컨테이너",
    "removed": "삭제됨",
    "Stop": "중지",
    "Start": "시작",
    "Remove": "삭제",
    "Re-create": "다시 만들기",
    "read-write layer": "읽기-쓰기 레이어",
    "deleted with the container": "컨테이너와 함께 삭제됨",
    "empty: nothing written yet": "비어 있음: 아직 쓴 것이 없음",
    "Mounts": "마운트",
    "comes from": "의 출처:",
    "read-only": "읽기 전용",
    "What the container sees in": "컨테이너가 보는 내용:",
    "No containers. Build the image, then run it: docker run -d -p 3000:80 --name feedback-app feedback-node": "컨테이너가 없습니다. 이미지를 빌드한 뒤 실행해 보세요: docker run -d -p 3000:80 --name feedback-app feedback-node",
    "Undo": "실행 취소",
    "Redo": "다시 실행",
    "Reset": "초기화",
    "Timeline": "타임라인",
    "start": "시작",
    "undone": "취소됨",
    "Go": "이동",
    "Type Docker and shell commands as on a real machine. Some to try:": "실제 컴퓨터에서처럼 Docker 명령과 셸 명령을 입력하세요. 이런 것부터 해 보세요:",
    "and ↑/↓ for earlier commands": "그리고 ↑/↓ 키로 이전 명령 불러오기",
    "project folder": "프로젝트 폴더",
    "bind-mounted into": "바인드 마운트됨:",
    "The folder is empty.": "폴더가 비어 있습니다.",
    "Docker’s volumes, on the host": "호스트에 있는 Docker 볼륨",
    "Volume": "볼륨",
    "anonymous": "익명",
    "named": "이름 있음",
    "used by": "사용 중:",
    "not used by any container": "사용하는 컨테이너 없음",
    "empty": "비어 있음",
    "No volumes yet. Data written inside a container stays in its own layer.": "아직 볼륨이 없습니다. 컨테이너 안에서 쓴 데이터는 그 컨테이너의 레이어에만 있습니다.",
    "Image": "이미지",
    "containers:": "컨테이너:",
    ("shared by %(num)d image", "shared by %(num)d images"): ("이미지 %(num)d개가 공유",),
    ("%(num)d layer", "%(num)d layers"): ("레이어 %(num)d개",),
    "base image": "베이스 이미지",
    "No images.": "이미지가 없습니다.",
    "image layer": "이미지 레이어",
    "container layer": "컨테이너 레이어",
    "volume": "볼륨",
    "bind mount": "바인드 마운트",
    "tmpfs": "tmpfs",
    "host disk": "호스트 디스크",
    "copied up": "copy-up됨",
    "whiteout": "화이트아웃",
    "opaque": "불투명 폴더",
    "added": "추가",
    "changed": "변경",
    "deleted": "삭제",
    ("%(num)s entry", "%(num)s entries"): ("항목 %(num)s개",),
    "Type a command below, or try: docker build -t feedback-node .": "아래에 명령을 입력하세요. 예: docker build -t feedback-node .",
    "Run": "실행",
    "You are watching this session. Only its owner can type.": "이 세션을 보고 있습니다. 입력은 세션 주인만 할 수 있습니다.",
    "Welcome! You are learner on a Linux machine, in ~/feedback-app. Type help to see what you can do.": "환영합니다! 지금 리눅스 컴퓨터의 learner 사용자로 ~/feedback-app 폴더에 있습니다. help를 입력하면 할 수 있는 일을 볼 수 있습니다.",
    "Where every file lives — as a table": "모든 파일의 실제 위치 — 표로 보기",
    "Every file and the place its bytes live": "모든 파일과 그 데이터가 실제로 저장된 곳",
    "File": "파일",
    "Seen from": "보는 곳",
    "Lives in": "실제 위치",
    "host": "호스트",
    "Terminal output": "터미널 출력",
    "See where a container’s data lives: image layers, the container layer, volumes and bind mounts, live.": "컨테이너의 데이터가 어디에 저장되는지 직접 보세요: 이미지 레이어, 컨테이너 레이어, 볼륨, 바인드 마운트.",
    "Skip to content": "본문으로 건너뛰기",
    "refused to connect.": "에서 연결을 거부했습니다.",
    "No running container publishes port %(port)s.": "포트 %(port)s를 공개한 실행 중인 컨테이너가 없습니다.",
    "The connection was reset.": "연결이 재설정되었습니다.",
    "A container publishes port %(port)s, but nothing inside it listens there.": "컨테이너가 포트 %(port)s를 공개했지만, 그 안에서 이 포트를 듣는 프로그램이 없습니다.",
    "Waiting for localhost…": "localhost를 기다리는 중…",
    "The app never answered this request. Its logs say why: docker logs": "앱이 이 요청에 끝내 답하지 않았습니다. 이유는 로그에 있습니다: docker logs",
    "Language": "언어",
    "Where does a container’s data live?": "컨테이너의 데이터는 어디에 저장될까?",
    "Build the feedback app, save feedback through its form, stop, remove and re-create containers — and watch every file land in an image layer, a container’s read-write layer, a volume or a folder on your host.": "피드백 앱을 빌드하고, 폼으로 피드백을 저장하고, 컨테이너를 중지·삭제·재생성해 보세요. 파일 하나하나가 이미지 레이어, 컨테이너의 읽기-쓰기 레이어, 볼륨, 호스트 폴더 중 어디에 저장되는지 눈으로 볼 수 있습니다.",
    "Start a Sandbox": "샌드박스 시작하기",
    "Your recent sessions": "최근 세션",
    "Sandbox": "샌드박스",
    ("%(num)d command", "%(num)d commands"): ("명령 %(num)d개",),
    "No sessions yet in this browser. Start a Sandbox: everything you do is kept, and you can come back to it.": "이 브라우저에는 아직 세션이 없습니다. 샌드박스를 시작하세요: 한 일이 모두 저장되어 언제든 돌아올 수 있습니다.",
    "Animation speed": "애니메이션 속도",
    "Slow": "느리게",
    "Normal": "보통",
    "Off": "끄기",
    "image layer (read-only)": "이미지 레이어 (읽기 전용)",
    "container layer (gone on rm)": "컨테이너 레이어 (rm 하면 사라짐)",
    "volume (stays)": "볼륨 (남음)",
    "bind mount (host folder)": "바인드 마운트 (호스트 폴더)",
    "tmpfs (memory)": "tmpfs (메모리)",
    "Host": "호스트",
    "your machine": "내 컴퓨터",
    "Images": "이미지",
    "read-only layers": "읽기 전용 레이어",
    "Containers": "컨테이너",
    "Terminal": "터미널",
    "Browser": "브라우저",
    "Where every file lives": "모든 파일의 실제 위치",
    "Goals": "목표",
    "Hint:": "힌트:",
    "Watch": "지켜보기",
    "Embed": "퍼가기",
    "Paste this into your course page:": "강의 페이지에 이 코드를 붙여 넣으세요:",
    "Copy": "복사",
    "a read-only link to show this session live": "이 세션을 실시간으로 보여 주는 읽기 전용 링크",
    "Watching live (read-only)": "실시간으로 보는 중 (읽기 전용)",
    "Fork": "복사해서 이어 하기",
    "continue from here in a session of your own": "지금 상태에서 내 세션으로 이어 하기",
    "done": "완료",
    "not done yet": "아직 안 함",
    "Lesson complete!": "레슨 완료!",
    "Next lesson": "다음 레슨",
    "You said:": "내 예측:",
    "right!": "정답!",
    "not quite.": "아쉽지만 틀렸습니다.",
    "Show a hint": "힌트 보기",
    "Another hint": "힌트 하나 더",
    "One way to do it:": "이렇게 하면 됩니다:",
    "Show the solution": "정답 보기",
    "Try the hints first: you learn more by finding it. Still want to see it?": "먼저 힌트를 써 보세요. 직접 찾아낼 때 더 많이 배웁니다. 그래도 정답을 볼까요?",
    "Yes, show the solution": "네, 정답을 보여 주세요",
    "Before it runs, predict:": "실행하기 전에 예측해 보세요:",
    "Run it and see": "실행해서 확인하기",
    "Lesson": "레슨",
    "Lessons": "레슨",
    "completed": "완료",
    "%(done)d of %(total)d goals": "목표 %(total)d개 중 %(done)d개",
    "Continue in another browser with your progress link:": "다른 브라우저에서 이어 하려면 이 진행 상황 링크를 여세요:",
}


def main() -> int:
    root = Path(__file__).resolve().parents[1]
    pot = root / "build" / "messages.pot"
    pot.parent.mkdir(exist_ok=True)
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", str(root / "babel.cfg"),
                    "-k", "_", "-k", "gettext", "-k", "ngettext:1,2", "-k", "N_", "--no-location", "--omit-header",
                    "-o", str(pot), str(root)], check=True, capture_output=True)
    from babel.messages.pofile import read_po, write_po
    with pot.open("rb") as f:
        catalog = read_po(f, locale="ko")
    missing = []
    for msg in catalog:
        if not msg.id:
            continue
        text = KO.get(msg.id)
        if text is None:
            missing.append(msg.id)
            continue
        msg.string = text
    out = root / "app/web/locales/ko/LC_MESSAGES/messages.po"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as f:
        write_po(f, catalog, width=0, omit_header=False)
    for m in missing:
        print("missing:", m, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
