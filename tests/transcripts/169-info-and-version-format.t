docker info (and its other name, docker system info) and docker version, as docker/cli v28.5.2
prints them: cli/command/system/info.go (prettyPrintInfo: the client's section, then the daemon's in
prettyPrintServerInfo's order; formatInfo runs --format on dockerInfo, whose anonymous *system.Info
puts the daemon's fields first and ClientInfo after them; a template that does not parse is a
StatusError with code 64, one that fails while running exits 1 after a newline) and
cli/command/system/version.go (defaultVersionTemplate, or the one given, runs into a tabwriter of
minimum width 20; the template is named "version", as its errors say). The daemon's side is moby
v28.5.2 api/types/system/info.go, daemon/info.go and info_unix.go: the counts are live (paused
containers are not running, created and exited ones are stopped; Images is the image store's
length), the storage lines are overlay2's Driver.Status() on ext4, the host is
app/engine/hostprofile.py's. containerd, runc and docker-init are the versions moby's Dockerfile
pins at v28.5.2 (v1.7.28, v1.3.3, v0.19.0). The daemon's ID is a UUID that stays the same for a
session.

  $ docker info
  Client: Docker Engine - Community
   Version:    28.5.2
   Context:    default
   Debug Mode: false
   Plugins:
    buildx: Docker Buildx (Docker Inc.)
      Version:  v0.29.1
      Path:     /usr/libexec/docker/cli-plugins/docker-buildx
    compose: Docker Compose (Docker Inc.)
      Version:  v2.40.3
      Path:     /usr/libexec/docker/cli-plugins/docker-compose
  
  Server:
   Containers: 0
    Running: 0
    Paused: 0
    Stopped: 0
   Images: 1
   Server Version: 28.5.2
   Storage Driver: overlay2
    Backing Filesystem: extfs
    Supports d_type: true
    Using metacopy: false
    Native Overlay Diff: true
    userxattr: false
   Logging Driver: json-file
   Cgroup Driver: systemd
   Cgroup Version: 2
   Plugins:
    Volume: local
    Network: bridge host ipvlan macvlan null overlay
    Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog
   CDI spec directories:
    /etc/cdi
    /var/run/cdi
   Swarm: inactive
   Runtimes: io.containerd.runc.v2 runc
   Default Runtime: runc
   Init Binary: docker-init
   containerd version: b98a3aace656320842a23f4a392a33f46af97866
   runc version: v1.3.3-0-gd842d771
   init version: de40ad0
   Security Options:
    apparmor
    seccomp
     Profile: builtin
    cgroupns
   Kernel Version: 6.8.0-87-generic
   Operating System: Ubuntu 24.04.3 LTS
   OSType: linux
   Architecture: x86_64
   CPUs: 4
   Total Memory: 15.59GiB
   Name: layerlab
   ID: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12} (re)
   Docker Root Dir: /var/lib/docker
   Debug Mode: false
   Experimental: false
   Insecure Registries:
    ::1/128
    127.0.0.0/8
   Live Restore Enabled: false
  
  $ docker system info -f '{{.Driver}}'
  overlay2
  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d -p 3000:80 --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ docker info | grep -E "Containers|Running|Paused|Stopped|Images"
   Containers: 1
    Running: 1
    Paused: 0
    Stopped: 0
   Images: 2
  $ docker pause feedback-app
  feedback-app
  $ docker create --name spare feedback-node
  [0-9a-f]{64} (re)
  $ docker info --format '{{.Containers}} {{.ContainersRunning}} {{.ContainersPaused}} {{.ContainersStopped}} {{.Images}}'
  2 0 1 1 2
  $ docker unpause feedback-app
  feedback-app
  $ docker stop feedback-app
  feedback-app
  $ docker system info -f '{{.Containers}} {{.ContainersRunning}} {{.ContainersPaused}} {{.ContainersStopped}} {{.Images}}'
  2 0 0 2 2
  $ docker rm feedback-app spare
  feedback-app
  spare
  $ docker rmi feedback-node
  Untagged: feedback-node:latest
  Deleted: sha256:[0-9a-f]{64} (re)
  $ docker info -f 'running {{.ContainersRunning}} of {{.Containers}}, {{.Images}} images'
  running 0 of 0, 1 images
  $ docker info --format '{{.Driver}} in {{.DockerRootDir}}'
  overlay2 in /var/lib/docker
  $ docker info -f '{{range .DriverStatus}}{{index . 0}}: {{index . 1}}{{"\n"}}{{end}}'
  Backing Filesystem: extfs
  Supports d_type: true
  Using metacopy: false
  Native Overlay Diff: true
  userxattr: false
  
  $ docker info -f '{{.ServerVersion}} {{.OperatingSystem}} {{.Architecture}} {{.NCPU}} {{.MemTotal}} {{.KernelVersion}}'
  28.5.2 Ubuntu 24.04.3 LTS x86_64 4 16736403456 6.8.0-87-generic
  $ docker info -f '{{.ClientInfo.Version}} {{.ClientInfo.Context}}: {{range .ClientInfo.Plugins}}{{.Name}} {{.Version}}; {{end}}'
  28.5.2 default: buildx v0.29.1; compose v2.40.3; 
  $ docker info -f '{{.ID}}'
  [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12} (re)
  $ docker info -f '{{json .Plugins}}'
  {"Volume":["local"],"Network":["bridge","host","ipvlan","macvlan","null","overlay"],"Authorization":null,"Log":["awslogs","fluentd","gcplogs","gelf","journald","json-file","local","splunk","syslog"]}
  $ docker info -f '{{json .RegistryConfig}}'
  {"IndexConfigs":{"docker.io":{"Mirrors":[],"Name":"docker.io","Official":true,"Secure":true}},"InsecureRegistryCIDRs":["::1/128","127.0.0.0/8"],"Mirrors":null}
  $ docker info -f '{{json .ClientInfo}}'
  {"Debug":false,"Platform":{"Name":"Docker Engine - Community"},"Version":"28.5.2","DefaultAPIVersion":"1.51","GitCommit":"ecc6942","GoVersion":"go1.24.9","Os":"linux","Arch":"amd64","BuildTime":"Wed Nov  5 14:43:21 2025","Context":"default","Plugins":[{"SchemaVersion":"0.1.0","Vendor":"Docker Inc.","Version":"v0.29.1","ShortDescription":"Docker Buildx","Name":"buildx","Path":"/usr/libexec/docker/cli-plugins/docker-buildx"},{"SchemaVersion":"0.1.0","Vendor":"Docker Inc.","Version":"v2.40.3","ShortDescription":"Docker Compose","Name":"compose","Path":"/usr/libexec/docker/cli-plugins/docker-compose"}],"Warnings":null}
  $ docker info --format json
  {"ID":"cda5d454-607c-421e-89d9-a78a71eb5641","Containers":0,"ContainersRunning":0,"ContainersPaused":0,"ContainersStopped":0,"Images":1,"Driver":"overlay2","DriverStatus":[["Backing Filesystem","extfs"],["Supports d_type","true"],["Using metacopy","false"],["Native Overlay Diff","true"],["userxattr","false"]],"Plugins":{"Volume":["local"],"Network":["bridge","host","ipvlan","macvlan","null","overlay"],"Authorization":null,"Log":["awslogs","fluentd","gcplogs","gelf","journald","json-file","local","splunk","syslog"]},"MemoryLimit":true,"SwapLimit":true,"CpuCfsPeriod":true,"CpuCfsQuota":true,"CPUShares":true,"CPUSet":true,"PidsLimit":true,"IPv4Forwarding":true,"Debug":false,"NFd":25,"OomKillDisable":false,"NGoroutines":43,"SystemTime":"2026-03-02T09:00:36.658049396Z","LoggingDriver":"json-file","CgroupDriver":"systemd","CgroupVersion":"2","NEventsListener":0,"KernelVersion":"6.8.0-87-generic","OperatingSystem":"Ubuntu 24.04.3 LTS","OSVersion":"24.04","OSType":"linux","Architecture":"x86_64","IndexServerAddress":"https://index.docker.io/v1/","RegistryConfig":{"IndexConfigs":{"docker.io":{"Mirrors":[],"Name":"docker.io","Official":true,"Secure":true}},"InsecureRegistryCIDRs":["::1/128","127.0.0.0/8"],"Mirrors":null},"NCPU":4,"MemTotal":16736403456,"GenericResources":null,"DockerRootDir":"/var/lib/docker","HttpProxy":"","HttpsProxy":"","NoProxy":"","Name":"layerlab","Labels":[],"ExperimentalBuild":false,"ServerVersion":"28.5.2","Runtimes":{"io.containerd.runc.v2":{"path":"runc","status":{"org.opencontainers.runtime-spec.features":"{\"ociVersionMin\":\"1.0.0\",\"ociVersionMax\":\"1.2.1\",\"hooks\":[\"prestart\",\"createRuntime\",\"createContainer\",\"startContainer\",\"poststart\",\"poststop\"],\"mountOptions\":[\"async\",\"atime\",\"bind\",\"defaults\",\"dev\",\"diratime\",\"dirsync\",\"exec\",\"iversion\",\"lazytime\",\"loud\",\"mand\",\"noatime\",\"nodev\",\"nodiratime\",\"noexec\",\"noiversion\",\"nolazytime\",\"nomand\",\"norelatime\",\"nostrictatime\",\"nosuid\",\"nosymfollow\",\"private\",\"ratime\",\"rbind\",\"rdev\",\"rdiratime\",\"relatime\",\"remount\",\"rexec\",\"rnoatime\",\"rnodev\",\"rnodiratime\",\"rnoexec\",\"rnorelatime\",\"rnostrictatime\",\"rnosuid\",\"rnosymfollow\",\"ro\",\"rprivate\",\"rrelatime\",\"rro\",\"rrw\",\"rshared\",\"rslave\",\"rstrictatime\",\"rsuid\",\"rsymfollow\",\"runbindable\",\"rw\",\"shared\",\"silent\",\"slave\",\"strictatime\",\"suid\",\"symfollow\",\"sync\",\"tmpcopyup\",\"unbindable\"],\"linux\":{\"namespaces\":[\"cgroup\",\"ipc\",\"mount\",\"network\",\"pid\",\"time\",\"user\",\"uts\"],\"capabilities\":[\"CAP_CHOWN\",\"CAP_DAC_OVERRIDE\",\"CAP_DAC_READ_SEARCH\",\"CAP_FOWNER\",\"CAP_FSETID\",\"CAP_KILL\",\"CAP_SETGID\",\"CAP_SETUID\",\"CAP_SETPCAP\",\"CAP_LINUX_IMMUTABLE\",\"CAP_NET_BIND_SERVICE\",\"CAP_NET_BROADCAST\",\"CAP_NET_ADMIN\",\"CAP_NET_RAW\",\"CAP_IPC_LOCK\",\"CAP_IPC_OWNER\",\"CAP_SYS_MODULE\",\"CAP_SYS_RAWIO\",\"CAP_SYS_CHROOT\",\"CAP_SYS_PTRACE\",\"CAP_SYS_PACCT\",\"CAP_SYS_ADMIN\",\"CAP_SYS_BOOT\",\"CAP_SYS_NICE\",\"CAP_SYS_RESOURCE\",\"CAP_SYS_TIME\",\"CAP_SYS_TTY_CONFIG\",\"CAP_MKNOD\",\"CAP_LEASE\",\"CAP_AUDIT_WRITE\",\"CAP_AUDIT_CONTROL\",\"CAP_SETFCAP\",\"CAP_MAC_OVERRIDE\",\"CAP_MAC_ADMIN\",\"CAP_SYSLOG\",\"CAP_WAKE_ALARM\",\"CAP_BLOCK_SUSPEND\",\"CAP_AUDIT_READ\",\"CAP_PERFMON\",\"CAP_BPF\",\"CAP_CHECKPOINT_RESTORE\"],\"cgroup\":{\"v1\":true,\"v2\":true,\"systemd\":true,\"systemdUser\":true,\"rdma\":true},\"seccomp\":{\"enabled\":true,\"actions\":[\"SCMP_ACT_ALLOW\",\"SCMP_ACT_ERRNO\",\"SCMP_ACT_KILL\",\"SCMP_ACT_KILL_PROCESS\",\"SCMP_ACT_KILL_THREAD\",\"SCMP_ACT_LOG\",\"SCMP_ACT_NOTIFY\",\"SCMP_ACT_TRACE\",\"SCMP_ACT_TRAP\"],\"operators\":[\"SCMP_CMP_EQ\",\"SCMP_CMP_GE\",\"SCMP_CMP_GT\",\"SCMP_CMP_LE\",\"SCMP_CMP_LT\",\"SCMP_CMP_MASKED_EQ\",\"SCMP_CMP_NE\"],\"archs\":[\"SCMP_ARCH_AARCH64\",\"SCMP_ARCH_ARM\",\"SCMP_ARCH_MIPS\",\"SCMP_ARCH_MIPS64\",\"SCMP_ARCH_MIPS64N32\",\"SCMP_ARCH_MIPSEL\",\"SCMP_ARCH_MIPSEL64\",\"SCMP_ARCH_MIPSEL64N32\",\"SCMP_ARCH_PPC\",\"SCMP_ARCH_PPC64\",\"SCMP_ARCH_PPC64LE\",\"SCMP_ARCH_RISCV64\",\"SCMP_ARCH_S390\",\"SCMP_ARCH_S390X\",\"SCMP_ARCH_X32\",\"SCMP_ARCH_X86\",\"SCMP_ARCH_X86_64\"],\"knownFlags\":[\"SECCOMP_FILTER_FLAG_TSYNC\",\"SECCOMP_FILTER_FLAG_SPEC_ALLOW\",\"SECCOMP_FILTER_FLAG_LOG\"],\"supportedFlags\":[\"SECCOMP_FILTER_FLAG_TSYNC\",\"SECCOMP_FILTER_FLAG_SPEC_ALLOW\",\"SECCOMP_FILTER_FLAG_LOG\"]},\"apparmor\":{\"enabled\":true},\"selinux\":{\"enabled\":true},\"intelRdt\":{\"enabled\":true},\"mountExtensions\":{\"idmap\":{\"enabled\":true}}},\"annotations\":{\"io.github.seccomp.libseccomp.version\":\"2.5.4\",\"org.opencontainers.runc.checkpoint.enabled\":\"true\",\"org.opencontainers.runc.commit\":\"v1.3.3-0-gd842d771\",\"org.opencontainers.runc.version\":\"1.3.3\\n\"},\"potentiallyUnsafeConfigAnnotations\":[\"bundle\",\"org.systemd.property.\",\"org.criu.config\"]}"}},"runc":{"path":"runc","status":{"org.opencontainers.runtime-spec.features":"{\"ociVersionMin\":\"1.0.0\",\"ociVersionMax\":\"1.2.1\",\"hooks\":[\"prestart\",\"createRuntime\",\"createContainer\",\"startContainer\",\"poststart\",\"poststop\"],\"mountOptions\":[\"async\",\"atime\",\"bind\",\"defaults\",\"dev\",\"diratime\",\"dirsync\",\"exec\",\"iversion\",\"lazytime\",\"loud\",\"mand\",\"noatime\",\"nodev\",\"nodiratime\",\"noexec\",\"noiversion\",\"nolazytime\",\"nomand\",\"norelatime\",\"nostrictatime\",\"nosuid\",\"nosymfollow\",\"private\",\"ratime\",\"rbind\",\"rdev\",\"rdiratime\",\"relatime\",\"remount\",\"rexec\",\"rnoatime\",\"rnodev\",\"rnodiratime\",\"rnoexec\",\"rnorelatime\",\"rnostrictatime\",\"rnosuid\",\"rnosymfollow\",\"ro\",\"rprivate\",\"rrelatime\",\"rro\",\"rrw\",\"rshared\",\"rslave\",\"rstrictatime\",\"rsuid\",\"rsymfollow\",\"runbindable\",\"rw\",\"shared\",\"silent\",\"slave\",\"strictatime\",\"suid\",\"symfollow\",\"sync\",\"tmpcopyup\",\"unbindable\"],\"linux\":{\"namespaces\":[\"cgroup\",\"ipc\",\"mount\",\"network\",\"pid\",\"time\",\"user\",\"uts\"],\"capabilities\":[\"CAP_CHOWN\",\"CAP_DAC_OVERRIDE\",\"CAP_DAC_READ_SEARCH\",\"CAP_FOWNER\",\"CAP_FSETID\",\"CAP_KILL\",\"CAP_SETGID\",\"CAP_SETUID\",\"CAP_SETPCAP\",\"CAP_LINUX_IMMUTABLE\",\"CAP_NET_BIND_SERVICE\",\"CAP_NET_BROADCAST\",\"CAP_NET_ADMIN\",\"CAP_NET_RAW\",\"CAP_IPC_LOCK\",\"CAP_IPC_OWNER\",\"CAP_SYS_MODULE\",\"CAP_SYS_RAWIO\",\"CAP_SYS_CHROOT\",\"CAP_SYS_PTRACE\",\"CAP_SYS_PACCT\",\"CAP_SYS_ADMIN\",\"CAP_SYS_BOOT\",\"CAP_SYS_NICE\",\"CAP_SYS_RESOURCE\",\"CAP_SYS_TIME\",\"CAP_SYS_TTY_CONFIG\",\"CAP_MKNOD\",\"CAP_LEASE\",\"CAP_AUDIT_WRITE\",\"CAP_AUDIT_CONTROL\",\"CAP_SETFCAP\",\"CAP_MAC_OVERRIDE\",\"CAP_MAC_ADMIN\",\"CAP_SYSLOG\",\"CAP_WAKE_ALARM\",\"CAP_BLOCK_SUSPEND\",\"CAP_AUDIT_READ\",\"CAP_PERFMON\",\"CAP_BPF\",\"CAP_CHECKPOINT_RESTORE\"],\"cgroup\":{\"v1\":true,\"v2\":true,\"systemd\":true,\"systemdUser\":true,\"rdma\":true},\"seccomp\":{\"enabled\":true,\"actions\":[\"SCMP_ACT_ALLOW\",\"SCMP_ACT_ERRNO\",\"SCMP_ACT_KILL\",\"SCMP_ACT_KILL_PROCESS\",\"SCMP_ACT_KILL_THREAD\",\"SCMP_ACT_LOG\",\"SCMP_ACT_NOTIFY\",\"SCMP_ACT_TRACE\",\"SCMP_ACT_TRAP\"],\"operators\":[\"SCMP_CMP_EQ\",\"SCMP_CMP_GE\",\"SCMP_CMP_GT\",\"SCMP_CMP_LE\",\"SCMP_CMP_LT\",\"SCMP_CMP_MASKED_EQ\",\"SCMP_CMP_NE\"],\"archs\":[\"SCMP_ARCH_AARCH64\",\"SCMP_ARCH_ARM\",\"SCMP_ARCH_MIPS\",\"SCMP_ARCH_MIPS64\",\"SCMP_ARCH_MIPS64N32\",\"SCMP_ARCH_MIPSEL\",\"SCMP_ARCH_MIPSEL64\",\"SCMP_ARCH_MIPSEL64N32\",\"SCMP_ARCH_PPC\",\"SCMP_ARCH_PPC64\",\"SCMP_ARCH_PPC64LE\",\"SCMP_ARCH_RISCV64\",\"SCMP_ARCH_S390\",\"SCMP_ARCH_S390X\",\"SCMP_ARCH_X32\",\"SCMP_ARCH_X86\",\"SCMP_ARCH_X86_64\"],\"knownFlags\":[\"SECCOMP_FILTER_FLAG_TSYNC\",\"SECCOMP_FILTER_FLAG_SPEC_ALLOW\",\"SECCOMP_FILTER_FLAG_LOG\"],\"supportedFlags\":[\"SECCOMP_FILTER_FLAG_TSYNC\",\"SECCOMP_FILTER_FLAG_SPEC_ALLOW\",\"SECCOMP_FILTER_FLAG_LOG\"]},\"apparmor\":{\"enabled\":true},\"selinux\":{\"enabled\":true},\"intelRdt\":{\"enabled\":true},\"mountExtensions\":{\"idmap\":{\"enabled\":true}}},\"annotations\":{\"io.github.seccomp.libseccomp.version\":\"2.5.4\",\"org.opencontainers.runc.checkpoint.enabled\":\"true\",\"org.opencontainers.runc.commit\":\"v1.3.3-0-gd842d771\",\"org.opencontainers.runc.version\":\"1.3.3\\n\"},\"potentiallyUnsafeConfigAnnotations\":[\"bundle\",\"org.systemd.property.\",\"org.criu.config\"]}"}}},"DefaultRuntime":"runc","Swarm":{"NodeID":"","NodeAddr":"","LocalNodeState":"inactive","ControlAvailable":false,"Error":"","RemoteManagers":null},"LiveRestoreEnabled":false,"Isolation":"","InitBinary":"docker-init","ContainerdCommit":{"ID":"b98a3aace656320842a23f4a392a33f46af97866"},"RuncCommit":{"ID":"v1.3.3-0-gd842d771"},"InitCommit":{"ID":"de40ad0"},"SecurityOptions":["name=apparmor","name=seccomp,profile=builtin","name=cgroupns"],"FirewallBackend":{"Driver":"iptables"},"CDISpecDirs":["/etc/cdi","/var/run/cdi"],"Containerd":{"Address":"/run/containerd/containerd.sock","Namespaces":{"Containers":"moby","Plugins":"plugins.moby"}},"Warnings":null,"ClientInfo":{"Debug":false,"Platform":{"Name":"Docker Engine - Community"},"Version":"28.5.2","DefaultAPIVersion":"1.51","GitCommit":"ecc6942","GoVersion":"go1.24.9","Os":"linux","Arch":"amd64","BuildTime":"Wed Nov  5 14:43:21 2025","Context":"default","Plugins":[{"SchemaVersion":"0.1.0","Vendor":"Docker Inc.","Version":"v0.29.1","ShortDescription":"Docker Buildx","Name":"buildx","Path":"/usr/libexec/docker/cli-plugins/docker-buildx"},{"SchemaVersion":"0.1.0","Vendor":"Docker Inc.","Version":"v2.40.3","ShortDescription":"Docker Compose","Name":"compose","Path":"/usr/libexec/docker/cli-plugins/docker-compose"}],"Warnings":null}}
  $ docker info -f '{{.StorageDriver}}'
  
  template: :1:2: executing "" at <.StorageDriver>: can't evaluate field StorageDriver in type system.dockerInfo
  [1]
  $ docker info -f 'driver {{.Driver'
  template parsing error: template: :1: unclosed action
  [64]
  $ docker info now
  docker: 'docker info' accepts no arguments
  
  Usage:  docker info [OPTIONS]
  
  Run 'docker info --help' for more information
  [1]
  $ docker info --help
  Usage:  docker info [OPTIONS]
  
  Display system-wide information
  
  Aliases:
    docker system info, docker info
  
  Options:
    -f, --format string   Format output using a custom template:
                          'json':             Print in JSON format
                          'TEMPLATE':         Print output using the given
                          Go template.
                          Refer to https://docs.docker.com/go/formatting/
                          for more information about formatting output with
                          templates
  $ docker version -f '{{.Server.Version}}'
  28.5.2
  $ docker version --format '{{.Client.Version}} {{.Client.APIVersion}} {{.Server.MinAPIVersion}}'
  28.5.2 1.51 1.24
  $ docker version -f '{{range .Server.Components}}{{.Name}} {{.Version}} {{index .Details "GitCommit"}}{{"\n"}}{{end}}'
  Engine 28.5.2 89c5e8f
  containerd v1.7.28 b98a3aace656320842a23f4a392a33f46af97866
  runc 1.3.3 v1.3.3-0-gd842d771
  docker-init 0.19.0 de40ad0
  
  $ docker version -f "$(printf '{{.Client.Version}}\t{{.Server.Version}}\n{{.Server.Os}}\t{{.Server.Arch}}')"
  28.5.2              28.5.2
  linux               amd64
  $ docker version --format json
  {"Client":{"Platform":{"Name":"Docker Engine - Community"},"Version":"28.5.2","ApiVersion":"1.51","DefaultAPIVersion":"1.51","GitCommit":"ecc6942","GoVersion":"go1.24.9","Os":"linux","Arch":"amd64","BuildTime":"Wed Nov  5 14:43:21 2025","Context":"default"},"Server":{"Platform":{"Name":"Docker Engine - Community"},"Components":[{"Name":"Engine","Version":"28.5.2","Details":{"ApiVersion":"1.51","Arch":"amd64","BuildTime":"Wed Nov  5 14:43:21 2025","Experimental":"false","GitCommit":"89c5e8f","GoVersion":"go1.24.9","KernelVersion":"6.8.0-87-generic","MinAPIVersion":"1.24","Os":"linux"}},{"Name":"containerd","Version":"v1.7.28","Details":{"GitCommit":"b98a3aace656320842a23f4a392a33f46af97866"}},{"Name":"runc","Version":"1.3.3","Details":{"GitCommit":"v1.3.3-0-gd842d771"}},{"Name":"docker-init","Version":"0.19.0","Details":{"GitCommit":"de40ad0"}}],"Version":"28.5.2","ApiVersion":"1.51","MinAPIVersion":"1.24","GitCommit":"89c5e8f","GoVersion":"go1.24.9","Os":"linux","Arch":"amd64","KernelVersion":"6.8.0-87-generic","BuildTime":"2025-11-05T14:43:21.000000000+00:00"}}
  $ docker version -f '{{.Server.Foo}}'
  
  template: version:1:9: executing "version" at <.Server.Foo>: can't evaluate field Foo in type *types.Version
  [1]
  $ docker version -f '{{if}}'
  template parsing error: template: version:1: missing value for if
  [64]
  $ docker version --verbose
  unknown flag: --verbose
  
  Usage:  docker version [OPTIONS]
  
  Run 'docker version --help' for more information
  [125]
  $ docker version
  Client: Docker Engine - Community
   Version:           28.5.2
   API version:       1.51
   Go version:        go1.24.9
   Git commit:        ecc6942
   Built:             Wed Nov  5 14:43:21 2025
   OS/Arch:           linux/amd64
   Context:           default
  
  Server: Docker Engine - Community
   Engine:
    Version:          28.5.2
    API version:      1.51 (minimum version 1.24)
    Go version:       go1.24.9
    Git commit:       89c5e8f
    Built:            Wed Nov  5 14:43:21 2025
    OS/Arch:          linux/amd64
    Experimental:     false
   containerd:
    Version:          v1.7.28
    GitCommit:        b98a3aace656320842a23f4a392a33f46af97866
   runc:
    Version:          1.3.3
    GitCommit:        v1.3.3-0-gd842d771
   docker-init:
    Version:          0.19.0
    GitCommit:        de40ad0
