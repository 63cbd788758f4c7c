"""`docker update` (docker container update): a container's restart policy and resource limits
changed after it was made.

docker/cli v28.5.2 cli/command/container/update.go runUpdate: at least one flag; the policy read
as run reads it; one request per container, each one's name printed as given once it is done,
the errors joined after them (exit 1). moby v28.5.2 daemon/update.go ContainerUpdate checks the
request on its own first (verifyContainerSettings with update set: the restart policy, then the
resources, before the container is looked up), then container/container_unix.go UpdateContainer
merges it into the container's HostConfig: a zero value leaves a field as it is, NanoCpus and a
CPU period or quota exclude each other across the update, a new memory limit above the swap limit
already set needs --memory-swap too, and a policy other than "no" is refused for a container made
with --rm; its refusals are "Cannot update container <ID>: ...", and nothing is changed then.
A stopped container keeps the new values for its next start; a running one has them at once.
"""

from __future__ import annotations

from typing import Any

from . import events
from .dockercli import Args, Ctx, DockerError, refuse_unsimulated
from .resources import ResourceError, from_flags, verify
from .restartpolicy import PolicyError, parse_restart_policy, validate_restart_policy
from .world import Container, World


def cmd_update(ctx: Ctx, args: Args) -> int:
    refuse_unsimulated(ctx, args, ("kernel-memory",))
    if not args.given:  # cmd.Flags().NFlag()
        raise DockerError("you must provide one or more flags when using this command")
    policy, retries = "", 0
    if args.get("restart"):
        try:
            policy, retries = parse_restart_policy(args.get("restart"))
        except PolicyError as exc:
            raise DockerError(str(exc)) from None
    wanted = from_flags(args)
    # --pids-limit is sent only when not 0, and the API makes a negative one 0: unlimited
    # (api/server/router/container/container_routes.go postContainerUpdate); --kernel-memory is
    # dropped there (API 1.42 and later)
    if wanted.get("PidsLimit") == 0:
        del wanted["PidsLimit"]
    elif "PidsLimit" in wanted:
        wanted["PidsLimit"] = max(wanted["PidsLimit"], 0)
    errors: list[str] = []
    for ref in args.positional:
        try:
            _update(ctx.world, ref, policy, retries, wanted)
        except DockerError as exc:
            errors.append(exc.message)
            continue
        ctx.io.out(ref)
    # (the daemon's warnings would follow the names: none of its update checks warns on this host)
    if errors:
        ctx.io.err("\n".join(errors))
        return 1
    return 0


def _update(world: World, ref: str, policy: str, retries: int, wanted: dict[str, Any]) -> None:
    """One ContainerUpdate request."""
    ref = ref.strip()  # the API client's trimID
    if not ref:
        raise DockerError("invalid container name or ID: value is empty")
    try:
        validate_restart_policy(policy, retries)
        verify(dict(wanted), update=True)
    except (PolicyError, ResourceError) as exc:
        raise DockerError(f"Error response from daemon: {exc}") from None
    c = world.find_container(ref)
    if c is None:
        raise DockerError(f"Error response from daemon: No such container: {ref}")
    problem = _merge(c, wanted, policy, retries)
    if problem is not None:
        raise DockerError(f"Error response from daemon: Cannot update container {c.id}: {problem}")
    events.container(world, c, "update")  # daemon/update.go


def _merge(c: Container, wanted: dict[str, Any], policy: str, retries: int) -> str | None:
    """container_unix.go UpdateContainer: the update merged into c, or the conflict that leaves c
    as it was."""
    kept: dict[str, Any] = {**(c.resources or {}), "Memory": c.memory}
    conflicts = (("NanoCpus", "CpuPeriod", "Nano CPUs cannot be updated as CPU Period has already been set"),
                 ("NanoCpus", "CpuQuota", "Nano CPUs cannot be updated as CPU Quota has already been set"),
                 ("CpuPeriod", "NanoCpus", "CPU Period cannot be updated as NanoCPUs has already been set"),
                 ("CpuQuota", "NanoCpus", "CPU Quota cannot be updated as NanoCPUs has already been set"))
    for new, old, text in conflicts:
        if wanted.get(new, 0) > 0 and kept.get(old, 0) > 0:
            return f"Conflicting options: {text}"
    memory = wanted.get("Memory", 0)
    if memory != 0 and memory > kept.get("MemorySwap", 0) and wanted.get("MemorySwap", 0) == 0:
        return ("Memory limit should be smaller than already set memoryswap limit, update the memoryswap at "
                "the same time")
    if policy and c.auto_remove and policy != "no":
        return "Restart policy cannot be updated because AutoRemove is enabled for the container"
    for key, value in wanted.items():
        if value != 0 or key == "PidsLimit":  # a PIDs limit is a pointer: given, it is set (0 too)
            kept[key] = value
    c.memory = kept.pop("Memory")
    c.resources = {k: v for k, v in kept.items() if v not in (0, "") or k == "PidsLimit"} or None
    if policy:
        c.restart_policy, c.restart_retries = policy, retries  # the restart manager's next decision
    return None
