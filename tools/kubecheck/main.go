// `kubecheck ory-values VESTIBULE KRATOS HYDRA` checks that the values files of Ory's Kratos and
// Hydra charts agree with vestibule's chart's values: the URLs of vestibule's pages, Kratos's and
// Hydra's public URLs, the session cookie's name.
//
// kubecheck reads Kubernetes objects (the multi-document YAML `helm template` prints) on standard
// input and checks them: each one strictly against the Kubernetes API types it names (an unknown
// or mistyped field is an error), then the rules vestibule's chart promises (docs/deployment.md):
// non-root, read-only root filesystem, no privilege escalation, no capabilities, probes on the
// health endpoints, resources, the drain after SIGTERM within terminationGracePeriodSeconds,
// readiness failing within the drain, the metrics port annotated, and selectors and references
// between the objects that agree. It prints every problem and exits 1 if there is one.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/labels"
	"sigs.k8s.io/yaml"
)

// The request vestibule may still be answering when its drain ends (src/web/shutdown.rs).
const inFlightGraceSeconds = 10

type objects struct {
	deployments []appsv1.Deployment
	services    []corev1.Service
	secrets     []corev1.Secret
	pdbs        []policyv1.PodDisruptionBudget
	hpas        []autoscalingv2.HorizontalPodAutoscaler
}

var problems []string

func problem(format string, args ...any) {
	problems = append(problems, fmt.Sprintf(format, args...))
}

func main() {
	if len(os.Args) == 5 && os.Args[1] == "ory-values" {
		oryValues(os.Args[2], os.Args[3], os.Args[4])
		return
	}
	input, err := io.ReadAll(bufio.NewReader(os.Stdin))
	if err != nil {
		fmt.Fprintln(os.Stderr, "kubecheck: reading standard input:", err)
		os.Exit(2)
	}
	var all objects
	count := 0
	for _, doc := range bytes.Split(input, []byte("\n---")) {
		if len(bytes.TrimSpace(stripComments(doc))) == 0 {
			continue
		}
		count++
		decode(doc, &all)
	}
	if count == 0 {
		problem("no objects on standard input")
	}
	if len(all.deployments) == 0 {
		problem("no Deployment")
	}
	for _, d := range all.deployments {
		checkDeployment(d, all)
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Println("kubecheck:", p)
		}
		os.Exit(1)
	}
	fmt.Printf("kubecheck: %d objects, no problem\n", count)
}

func stripComments(doc []byte) []byte {
	var out bytes.Buffer
	for _, line := range strings.Split(string(doc), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "#") {
			out.WriteString(line + "\n")
		}
	}
	return out.Bytes()
}

// decode reads one object strictly into the type its apiVersion and kind name.
func decode(doc []byte, all *objects) {
	var meta struct {
		APIVersion string `json:"apiVersion"`
		Kind       string `json:"kind"`
		Metadata   struct {
			Name string `json:"name"`
		} `json:"metadata"`
	}
	if err := yaml.Unmarshal(doc, &meta); err != nil {
		problem("not YAML: %v", err)
		return
	}
	name := meta.Kind + "/" + meta.Metadata.Name
	if meta.Metadata.Name == "" {
		problem("%s (%s) has no name", meta.Kind, meta.APIVersion)
	}
	strict := func(into any) bool {
		if err := yaml.UnmarshalStrict(doc, into); err != nil {
			problem("%s: %v", name, err)
			return false
		}
		return true
	}
	switch meta.APIVersion + " " + meta.Kind {
	case "apps/v1 Deployment":
		var o appsv1.Deployment
		if strict(&o) {
			all.deployments = append(all.deployments, o)
		}
	case "v1 Service":
		var o corev1.Service
		if strict(&o) {
			all.services = append(all.services, o)
		}
	case "v1 Secret":
		var o corev1.Secret
		if strict(&o) {
			all.secrets = append(all.secrets, o)
		}
	case "policy/v1 PodDisruptionBudget":
		var o policyv1.PodDisruptionBudget
		if strict(&o) {
			all.pdbs = append(all.pdbs, o)
		}
	case "autoscaling/v2 HorizontalPodAutoscaler":
		var o autoscalingv2.HorizontalPodAutoscaler
		if strict(&o) {
			all.hpas = append(all.hpas, o)
		}
	default:
		problem("%s: %s %s is not a kind this checker knows", name, meta.APIVersion, meta.Kind)
	}
}

func envValue(c corev1.Container, name string) (string, bool) {
	for _, e := range c.Env {
		if e.Name == name && e.ValueFrom == nil {
			return e.Value, true
		}
	}
	return "", false
}

func checkDeployment(d appsv1.Deployment, all objects) {
	name := "Deployment/" + d.Name
	pod := d.Spec.Template
	podLabels := labels.Set(pod.Labels)
	selector := labels.SelectorFromSet(d.Spec.Selector.MatchLabels)
	if len(d.Spec.Selector.MatchLabels) == 0 || !selector.Matches(podLabels) {
		problem("%s: its selector does not select its own pods", name)
	}
	spec := pod.Spec
	if spec.AutomountServiceAccountToken == nil || *spec.AutomountServiceAccountToken {
		problem("%s: mounts a service account token it has no use for", name)
	}
	podNonRoot := spec.SecurityContext != nil && spec.SecurityContext.RunAsNonRoot != nil && *spec.SecurityContext.RunAsNonRoot
	if spec.SecurityContext == nil || spec.SecurityContext.SeccompProfile == nil {
		problem("%s: no seccomp profile", name)
	}
	if len(spec.Containers) == 0 {
		problem("%s: no container", name)
	}
	for _, c := range spec.Containers {
		cname := name + " container " + c.Name
		sc := c.SecurityContext
		nonRoot := podNonRoot || (sc != nil && sc.RunAsNonRoot != nil && *sc.RunAsNonRoot)
		if !nonRoot {
			problem("%s: may run as root (runAsNonRoot)", cname)
		}
		if sc == nil || sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem {
			problem("%s: its root filesystem is writable", cname)
		}
		if sc == nil || sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
			problem("%s: allows privilege escalation", cname)
		}
		if sc == nil || sc.Capabilities == nil || len(sc.Capabilities.Drop) != 1 || sc.Capabilities.Drop[0] != "ALL" {
			problem("%s: does not drop every capability", cname)
		}
		if sc != nil && sc.Privileged != nil && *sc.Privileged {
			problem("%s: is privileged", cname)
		}
		if c.Image == "" || strings.HasSuffix(c.Image, ":latest") || !strings.Contains(c.Image, ":") {
			problem("%s: image %q has no pinned tag", cname, c.Image)
		}
		if c.Resources.Requests.Cpu().IsZero() || c.Resources.Requests.Memory().IsZero() || c.Resources.Limits.Memory().IsZero() {
			problem("%s: needs CPU and memory requests and a memory limit", cname)
		}
		ports := map[string]int32{}
		numbers := map[int32]bool{}
		for _, p := range c.Ports {
			ports[p.Name] = p.ContainerPort
			numbers[p.ContainerPort] = true
		}
		probe := func(kind string, p *corev1.Probe, path string) *corev1.Probe {
			if p == nil || p.HTTPGet == nil {
				problem("%s: no HTTP %s probe", cname, kind)
				return nil
			}
			if p.HTTPGet.Path != path {
				problem("%s: the %s probe asks %s, not %s", cname, kind, p.HTTPGet.Path, path)
			}
			port := p.HTTPGet.Port
			if (port.StrVal != "" && ports[port.StrVal] == 0) || (port.StrVal == "" && !numbers[port.IntVal]) {
				problem("%s: the %s probe's port %s is not a port of the container", cname, kind, port.String())
			}
			return p
		}
		readiness := probe("readiness", c.ReadinessProbe, "/health/ready")
		probe("liveness", c.LivenessProbe, "/health/alive")

		// The drain: readiness fails at once after SIGTERM and answers 503 for
		// SHUTDOWN_DRAIN_SECONDS, then requests in flight get their grace; the pod must be
		// given both, and readiness must fail within the drain.
		drain := 5
		if raw, ok := envValue(c, "SHUTDOWN_DRAIN_SECONDS"); ok {
			n, err := strconv.Atoi(raw)
			if err != nil {
				problem("%s: SHUTDOWN_DRAIN_SECONDS %q is not a number", cname, raw)
			}
			drain = n
		}
		grace := int64(30)
		if spec.TerminationGracePeriodSeconds != nil {
			grace = *spec.TerminationGracePeriodSeconds
		}
		if grace < int64(drain+inFlightGraceSeconds) {
			problem("%s: terminationGracePeriodSeconds %d is shorter than the drain (%d s) and the grace of requests in flight (%d s)", cname, grace, drain, inFlightGraceSeconds)
		}
		if readiness != nil {
			period, failures := readiness.PeriodSeconds, readiness.FailureThreshold
			if period == 0 {
				period = 10
			}
			if failures == 0 {
				failures = 3
			}
			if int(period*failures) >= drain {
				problem("%s: readiness takes %d s to fail, not less than the drain of %d s", cname, period*failures, drain)
			}
		}

		// Metrics: annotated for Prometheus on a port of the container that vestibule listens on.
		if ann, ok := pod.Annotations["prometheus.io/port"]; ok {
			n, err := strconv.Atoi(ann)
			if err != nil || !numbers[int32(n)] {
				problem("%s: prometheus.io/port %q is not a port of the container", cname, ann)
			}
			address, ok := envValue(c, "METRICS_ADDRESS")
			if !ok || !strings.HasSuffix(address, ":"+ann) {
				problem("%s: prometheus.io/port %s but METRICS_ADDRESS is %q", cname, ann, address)
			}
			if pod.Annotations["prometheus.io/scrape"] != "true" {
				problem("%s: the metrics port is annotated but prometheus.io/scrape is not \"true\"", cname)
			}
		}

		// Secrets the chart made must have the keys the container reads.
		for _, e := range c.Env {
			if e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil {
				continue
			}
			ref := e.ValueFrom.SecretKeyRef
			for _, s := range all.secrets {
				if s.Name != ref.Name {
					continue
				}
				_, inData := s.Data[ref.Key]
				_, inString := s.StringData[ref.Key]
				if !inData && !inString {
					problem("%s: %s reads key %q of Secret/%s, which has no such key", cname, e.Name, ref.Key, s.Name)
				}
			}
		}

		for _, s := range all.services {
			if !labels.SelectorFromSet(s.Spec.Selector).Matches(podLabels) {
				continue
			}
			for _, p := range s.Spec.Ports {
				t := p.TargetPort
				if (t.StrVal != "" && ports[t.StrVal] == 0) || (t.StrVal == "" && t.IntVal != 0 && !numbers[t.IntVal]) {
					problem("Service/%s: targetPort %s is not a port of %s", s.Name, t.String(), cname)
				}
			}
		}
	}

	served := false
	for _, s := range all.services {
		if len(s.Spec.Selector) > 0 && labels.SelectorFromSet(s.Spec.Selector).Matches(podLabels) {
			served = true
		}
	}
	if !served {
		problem("%s: no Service selects its pods", name)
	}
	covered := false
	for _, p := range all.pdbs {
		if p.Spec.Selector != nil && labels.SelectorFromSet(p.Spec.Selector.MatchLabels).Matches(podLabels) {
			covered = true
		}
	}
	if !covered {
		problem("%s: no PodDisruptionBudget covers its pods", name)
	}
	for _, h := range all.hpas {
		ref := h.Spec.ScaleTargetRef
		if ref.Kind == "Deployment" && ref.Name == d.Name && d.Spec.Replicas != nil {
			problem("%s: sets replicas although HorizontalPodAutoscaler/%s scales it", name, h.Name)
		}
	}
	for _, h := range all.hpas {
		ref := h.Spec.ScaleTargetRef
		found := false
		for _, d := range all.deployments {
			if ref.Kind == "Deployment" && ref.APIVersion == "apps/v1" && ref.Name == d.Name {
				found = true
			}
		}
		if !found {
			problem("HorizontalPodAutoscaler/%s: scales %s/%s, which is not rendered", h.Name, ref.Kind, ref.Name)
		}
	}
}

func readValues(path string) map[string]any {
	raw, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kubecheck:", err)
		os.Exit(2)
	}
	var values map[string]any
	if err := yaml.Unmarshal(raw, &values); err != nil {
		fmt.Fprintf(os.Stderr, "kubecheck: %s: %v\n", path, err)
		os.Exit(2)
	}
	return values
}

// at returns the value at the dotted path, or nil.
func at(values map[string]any, path string) any {
	var current any = values
	for _, key := range strings.Split(path, ".") {
		m, ok := current.(map[string]any)
		if !ok {
			return nil
		}
		current = m[key]
	}
	return current
}

func oryValues(vestibulePath, kratosPath, hydraPath string) {
	vestibule := readValues(vestibulePath)
	kratos := readValues(kratosPath)
	hydra := readValues(hydraPath)
	setting := func(name string) string {
		value, _ := at(vestibule, "config."+name).(string)
		if value == "" {
			problem("%s: config.%s is not set", vestibulePath, name)
		}
		return value
	}
	base := strings.TrimSuffix(setting("BASE_URL"), "/") + "/"
	same := func(file string, values map[string]any, path, want, why string) {
		got, _ := at(values, path).(string)
		if got != want {
			problem("%s: %s is %q, but vestibule's %s makes it %q", file, path, got, why, want)
		}
	}
	same(kratosPath, kratos, "kratos.config.serve.public.base_url", strings.TrimSuffix(setting("KRATOS_BROWSER_URL"), "/")+"/", "KRATOS_BROWSER_URL")
	same(kratosPath, kratos, "kratos.config.session.cookie.name", setting("KRATOS_SESSION_COOKIE_NAME"), "KRATOS_SESSION_COOKIE_NAME")
	same(kratosPath, kratos, "kratos.config.selfservice.default_browser_return_url", base, "BASE_URL")
	for _, flow := range []string{"error", "login", "registration", "recovery", "verification", "settings"} {
		same(kratosPath, kratos, "kratos.config.selfservice.flows."+flow+".ui_url", base+flow, "BASE_URL")
	}
	returns, _ := at(kratos, "kratos.config.selfservice.allowed_return_urls").([]any)
	found := false
	for _, url := range returns {
		if url == base+"callback" {
			found = true
		}
	}
	if !found {
		problem("%s: kratos.config.selfservice.allowed_return_urls lacks %scallback, where vestibule's sign-ins return", kratosPath, base)
	}
	same(hydraPath, hydra, "hydra.config.urls.self.issuer", strings.TrimSuffix(setting("HYDRA_PUBLIC_URL"), "/")+"/", "HYDRA_PUBLIC_URL")
	for _, page := range []string{"login", "registration", "consent", "logout", "error"} {
		same(hydraPath, hydra, "hydra.config.urls."+page, base+page, "BASE_URL")
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Println("kubecheck:", p)
		}
		os.Exit(1)
	}
	fmt.Println("kubecheck: Kratos's and Hydra's values agree with vestibule's")
}
